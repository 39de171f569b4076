import type { TemplateDto, TemplateUpdateRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { templateKeys } from './keys.ts';

export interface UpdateTemplateVars {
  id: string;
  /** Carries the resourceVersion the edit was based on: a stale one answers 409. */
  body: TemplateUpdateRequest;
}

/** Saves one's own template over the version it was read at. */
export function updateTemplate({ id, body }: UpdateTemplateVars): Promise<TemplateDto> {
  return api.updateTemplate(id, body);
}

export function useTemplateUpdateMutation() {
  return useInvalidatingMutation(updateTemplate, [templateKeys.all()]);
}
