/** Query keys of containers; the containers pages add their list and detail keys under this root. */
export const containerKeys = {
  all: () => ['containers'] as const,
};
