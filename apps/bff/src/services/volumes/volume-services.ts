import type { Store } from '../../store/store.ts';
import { BucketService } from './bucket-service.ts';
import { VolumeService } from './volume-service.ts';

/** The API's side of Data Volumes and the simulated OSS buckets behind them. */
export function createVolumeServices(
  store: Store,
  now: () => number,
): { volumes: VolumeService; buckets: BucketService } {
  const buckets = new BucketService(store, now);
  return { volumes: new VolumeService(store, buckets, now), buckets };
}
