/** Query keys of applications' triggers; the watch stream invalidates `all()` when a trigger changes. */
export const triggerKeys = {
  all: () => ['triggers'] as const,
  list: (applicationId: string) => ['triggers', applicationId] as const,
};
