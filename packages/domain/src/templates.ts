import type { Resource, ResourceStatus } from './resource.ts';

/**
 * The guide gives no rule for template names; they follow its application name rule, since an
 * application is created from a template under that name, and the name is the download's file name.
 */
export const TEMPLATE_NAME_RULE =
  'The template name should be 1-64 characters long, and can contain numbers, Chinese characters, English letters and hyphens.';

const TEMPLATE_NAME = /^[\p{Script=Han}A-Za-z0-9-]{1,64}$/u;

/** True when the name follows the template name rule (uniqueness per category is checked by the store). */
export function isValidTemplateName(name: string): boolean {
  return TEMPLATE_NAME.test(name);
}

/** As the guide limits an application's description. */
export const MAX_TEMPLATE_DESCRIPTION = 1024;

/** Characters of template content the API accepts (a 2,000-line template is about 70,000). */
export const MAX_TEMPLATE_CONTENT = 512 * 1024;

/** Sample: recommended by the Container Service, read-only. Mine: created by the user. */
export type TemplateCategory = 'sample' | 'mine';

export interface TemplateSpec {
  category: TemplateCategory;
  description: string;
  /** The Compose YAML, exactly as written. */
  content: string;
}

/** A service of a template as the lists show it. */
export interface TemplateServiceSummary {
  name: string;
  image: string | null;
}

/** What the BFF found in the content when it was saved. */
export interface TemplateStatus extends ResourceStatus<'Saved'> {
  format: 'v1' | 'v2';
  services: TemplateServiceSummary[];
}

export type Template = Resource<TemplateSpec, TemplateStatus>;

export const SAMPLE_READ_ONLY = 'Sample templates are read-only; save it as your own template to change it.';
