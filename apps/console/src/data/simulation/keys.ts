/**
 * Query keys of the simulation panel (pushed image digests, armed faults). The watch stream
 * invalidates `all()` when a fault or a pushed image changes.
 */
export const simulationKeys = {
  all: () => ['simulation'] as const,
  faults: () => ['simulation', 'faults'] as const,
  images: () => ['simulation', 'images'] as const,
};
