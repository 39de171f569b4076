/** Query keys of nodes; the nodes pages add their list and detail keys under this root. */
export const nodeKeys = {
  all: () => ['nodes'] as const,
};
