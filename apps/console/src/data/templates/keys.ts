import type { TemplateListQuery } from '@cs/contracts';

/** Query keys of orchestration templates; the watch stream invalidates `all()` when one changes. */
export const templateKeys = {
  all: () => ['templates'] as const,
  lists: () => ['templates', 'list'] as const,
  list: (query: TemplateListQuery) => ['templates', 'list', query] as const,
  detail: (id: string) => ['templates', id] as const,
};
