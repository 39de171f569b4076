import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ImageList, ImageListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { imageKeys } from './keys.ts';

/** One tab of the image catalogue (Popular or Official); `name` matches part of the name. */
export function getImages(vars: ImageListQuery, signal?: AbortSignal): Promise<ImageList> {
  return api.listImages(vars, signal);
}

export function imagesQueryOptions(vars: ImageListQuery) {
  return queryOptions({
    queryKey: imageKeys.list(vars),
    queryFn: ({ signal }) => getImages(vars, signal),
    placeholderData: keepPreviousData,
    // The catalogue is static on the server.
    staleTime: 10 * 60_000,
  });
}

type ImagesQueryOptions = Omit<
  UseQueryOptions<ImageList, Error, ImageList, ReturnType<typeof imageKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useImagesQuery(vars: ImageListQuery, options: ImagesQueryOptions = {}) {
  return useQuery({ ...imagesQueryOptions(vars), ...options });
}
