import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { TemplateDto } from '@cs/contracts';
import { api } from '../api.ts';
import { templateKeys } from './keys.ts';

/** One template with its content. */
export function getTemplate(id: string, signal?: AbortSignal): Promise<TemplateDto> {
  return api.getTemplate(id, signal);
}

export function templateQueryOptions(id: string) {
  return queryOptions({
    queryKey: templateKeys.detail(id),
    queryFn: ({ signal }) => getTemplate(id, signal),
  });
}

type TemplateQueryOptions = Omit<
  UseQueryOptions<TemplateDto, Error, TemplateDto, ReturnType<typeof templateKeys.detail>>,
  'queryKey' | 'queryFn'
>;

export function useTemplateQuery(id: string, options: TemplateQueryOptions = {}) {
  return useQuery({ ...templateQueryOptions(id), ...options });
}
