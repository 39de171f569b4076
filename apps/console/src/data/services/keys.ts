/** Query keys of services; the services pages add their list and detail keys under this root. */
export const serviceKeys = {
  all: () => ['services'] as const,
};
