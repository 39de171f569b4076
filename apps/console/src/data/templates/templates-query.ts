import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { TemplateList, TemplateListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { templateKeys } from './keys.ts';

/** One tab of the template list (Sample or My Templates); `name` matches the start of the name. */
export function getTemplates(vars: TemplateListQuery, signal?: AbortSignal): Promise<TemplateList> {
  return api.listTemplates(vars, signal);
}

export function templatesQueryOptions(vars: TemplateListQuery) {
  return queryOptions({
    queryKey: templateKeys.list(vars),
    queryFn: ({ signal }) => getTemplates(vars, signal),
    placeholderData: keepPreviousData,
  });
}

type TemplatesQueryOptions = Omit<
  UseQueryOptions<TemplateList, Error, TemplateList, ReturnType<typeof templateKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useTemplatesQuery(vars: TemplateListQuery, options: TemplatesQueryOptions = {}) {
  return useQuery({ ...templatesQueryOptions(vars), ...options });
}
