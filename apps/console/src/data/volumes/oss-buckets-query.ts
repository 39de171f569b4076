import { useQuery } from '@tanstack/react-query';
import type { OssBucketList, OssBucketListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { ossBucketKeys } from './keys.ts';

/** Select Bucket: the account's OSS buckets of a region. */
export function getOssBuckets(vars: OssBucketListQuery, signal?: AbortSignal): Promise<OssBucketList> {
  return api.listOssBuckets(vars, signal);
}

export function useOssBucketsQuery(vars: OssBucketListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ossBucketKeys.list(vars),
    queryFn: ({ signal }) => getOssBuckets(vars, signal),
    ...options,
  });
}
