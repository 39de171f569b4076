import type { OssBucketListQuery, VolumeListQuery } from '@cs/contracts';

/** Query keys of data volumes; any write of one makes `all()` stale. */
export const volumeKeys = {
  all: () => ['volumes'] as const,
  list: (query: VolumeListQuery) => ['volumes', 'list', query] as const,
  detail: (id: string) => ['volumes', 'detail', id] as const,
};

/** Query keys of the simulated OSS buckets. */
export const ossBucketKeys = {
  all: () => ['oss-buckets'] as const,
  list: (query: OssBucketListQuery) => ['oss-buckets', 'list', query] as const,
};
