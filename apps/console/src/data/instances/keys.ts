import type { InstanceListQuery } from '@cs/contracts';

/** Query keys of the account's ECS instances (candidates for Add Existing Instances). */
export const instanceKeys = {
  all: () => ['instances'] as const,
  list: (query: InstanceListQuery) => ['instances', 'list', query] as const,
};
