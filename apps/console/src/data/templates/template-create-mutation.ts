import type { TemplateCreateRequest, TemplateDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { templateKeys } from './keys.ts';

/** Saves a template under My Templates; the BFF refuses content with errors (400 on `content`). */
export function createTemplate(body: TemplateCreateRequest): Promise<TemplateDto> {
  return api.createTemplate(body);
}

export function useTemplateCreateMutation() {
  return useInvalidatingMutation(createTemplate, [templateKeys.lists()]);
}
