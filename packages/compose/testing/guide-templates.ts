import { OPERATIONS } from './guide/operations.ts';
import { ORCHESTRATION } from './guide/orchestration.ts';
import { ROUTING } from './guide/routing.ts';
import type { GuideTemplate } from './guide/template.ts';

export type { GuideTemplate };

/** Every orchestration template of the user guide, as test fixtures. */
export const GUIDE_TEMPLATES: readonly GuideTemplate[] = [...ORCHESTRATION, ...OPERATIONS, ...ROUTING];
