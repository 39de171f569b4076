/** Query keys of the Overview counts. */
export const overviewKeys = {
  all: () => ['overview'] as const,
  counts: () => ['overview', 'counts'] as const,
};
