import type { Clock } from '@cs/simulator';
import type { Logger } from '../../../logging/logger.ts';
import type { LoadSpikeStore } from '../../../store/load-spike-store.ts';
import type { Store } from '../../../store/store.ts';
import { ContainerScaler } from './container-scaler.ts';
import { ContainerScalingService } from './container-scaling-service.ts';
import { MetricsAveragesSource } from './service-averages.ts';

/** Container auto scaling's parts over one metrics source: the scaler (leader only) and the API's service. */
export function createContainerScalingServices(deps: {
  store: Store;
  spikes: LoadSpikeStore;
  clock: Clock;
  logger: Logger;
  leading: () => boolean;
}) {
  const now = () => deps.clock.now();
  const source = new MetricsAveragesSource(deps.store, deps.spikes, now);
  return {
    scaler: new ContainerScaler(deps.store, source, { clock: deps.clock, leading: deps.leading, logger: deps.logger }),
    service: new ContainerScalingService(deps.store, source, now),
  };
}
