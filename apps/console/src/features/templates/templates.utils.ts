import { ApiError } from '@cs/contracts';
import type { TemplateCategory } from '@cs/domain';
import type { TemplateAnalysis } from '@cs/compose';

/** The list's tab in the URL (`?tab=mine`); Sample when absent or unknown. */
export function templateTab(value: string | null): TemplateCategory {
  return value === 'mine' ? 'mine' : 'sample';
}

export const TAB_LABELS: Record<TemplateCategory, string> = { sample: 'Sample', mine: 'My Templates' };

export const TAB_HELP: Record<TemplateCategory, string> = {
  sample: 'Common orchestration templates recommended by the Container Service.',
  mine: 'The orchestration templates you create.',
};

export const templateListPath = (tab: TemplateCategory = 'sample') =>
  tab === 'sample' ? '/templates' : '/templates?tab=mine';
export const templateDetailPath = (id: string) => `/templates/${encodeURIComponent(id)}`;
export const templateEditPath = (id: string) => `/templates/${encodeURIComponent(id)}/edit`;
/** Create Template, optionally starting from another template (a sample saved as one's own). */
export const templateCreatePath = (from?: string) =>
  from ? `/templates/create?from=${encodeURIComponent(from)}` : '/templates/create';

/** The errors that stop a save, as the BFF words them: `Line 3:3: …`. */
export function contentErrors(analysis: TemplateAnalysis): string[] {
  return analysis.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `Line ${d.line}:${d.column}: ${d.message}`);
}

/** Why a save failed, sorted for the page: content errors, a changed template, or a message. */
export interface SaveFailure {
  contentErrors: string[];
  /** Someone else saved the template since it was loaded (409 on update). */
  stale: boolean;
  message: string | undefined;
}

/** Sorts a failed create or update into what the page shows where (name errors go on the field). */
export function describeSaveFailure(error: unknown, update: boolean): SaveFailure {
  if (!(error instanceof ApiError)) {
    return {
      contentErrors: [],
      stale: false,
      message:
        error instanceof TypeError
          ? 'Cannot reach the Container Service. Check your network connection and try again.'
          : 'The template could not be saved. Try again.',
    };
  }
  const placed = ['content', 'name'];
  const content = error.fieldErrors.filter((e) => e.field === 'content').map((e) => e.message);
  const rest = error.fieldErrors.filter((e) => !placed.includes(e.field)).map((e) => `${e.field}: ${e.message}`);
  const allPlaced = error.fieldErrors.length > 0 && rest.length === 0;
  return {
    contentErrors: content,
    stale: update && error.status === 409 && /changed by someone else/.test(error.message),
    message: allPlaced ? undefined : [error.message, ...rest].join(' '),
  };
}
