import type { Requester } from './client.ts';
import { OssBucketListSchema, OssBucketSchema, OssfsVolumeSchema, VolumeListSchema } from './volumes.ts';
import type {
  OssBucketCreateRequest,
  OssBucketListQuery,
  VolumeCreateRequest,
  VolumeDeleteQuery,
  VolumeListQuery,
} from './volumes.ts';

/** The client's methods for data volumes and the simulated OSS buckets behind them. */
export function volumeMethods(request: Requester) {
  return {
    listVolumes: (query: VolumeListQuery, signal?: AbortSignal) =>
      request('GET', '/volumes', { query, schema: VolumeListSchema, signal }),
    getVolume: (id: string, signal?: AbortSignal) =>
      request('GET', `/volumes/${encodeURIComponent(id)}`, { schema: OssfsVolumeSchema, signal }),
    /** An OSSFS data volume on every node of the cluster. */
    createVolume: (body: VolumeCreateRequest) => request('POST', '/volumes', { body, schema: OssfsVolumeSchema }),
    /** Delete All Volumes with the Same Name; refused (409) while a container uses them. */
    deleteVolumesNamed: (query: VolumeDeleteQuery) => request('DELETE', '/volumes', { query }),
    listOssBuckets: (query: OssBucketListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/oss-buckets', { query, schema: OssBucketListSchema, signal }),
    createOssBucket: (body: OssBucketCreateRequest) =>
      request('POST', '/oss-buckets', { body, schema: OssBucketSchema }),
  };
}
