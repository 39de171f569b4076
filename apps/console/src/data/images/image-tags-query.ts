import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ImageTags } from '@cs/contracts';
import { api } from '../api.ts';
import { imageKeys } from './keys.ts';

/** The versions of a catalogue image, newest first, for "Select image version". */
export function getImageTags(name: string, signal?: AbortSignal): Promise<ImageTags> {
  return api.listImageTags(name, signal);
}

export function imageTagsQueryOptions(name: string) {
  return queryOptions({
    queryKey: imageKeys.tags(name),
    queryFn: ({ signal }) => getImageTags(name, signal),
    staleTime: 10 * 60_000,
  });
}

type ImageTagsQueryOptions = Omit<
  UseQueryOptions<ImageTags, Error, ImageTags, ReturnType<typeof imageKeys.tags>>,
  'queryKey' | 'queryFn'
>;

export function useImageTagsQuery(name: string, options: ImageTagsQueryOptions = {}) {
  return useQuery({ ...imageTagsQueryOptions(name), ...options });
}
