/** Query keys of clusters; the clusters pages add their list and detail keys under this root. */
export const clusterKeys = {
  all: () => ['clusters'] as const,
};
