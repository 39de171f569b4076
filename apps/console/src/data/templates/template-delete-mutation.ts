import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { templateKeys } from './keys.ts';

/** Deletes one of My Templates (samples answer 409). */
export async function deleteTemplate(id: string): Promise<void> {
  await api.deleteTemplate(id);
}

export function useTemplateDeleteMutation() {
  return useInvalidatingMutation(deleteTemplate, [templateKeys.lists()]);
}
