/** Query keys of applications; the applications pages add their list and detail keys under this root. */
export const applicationKeys = {
  all: () => ['applications'] as const,
};
