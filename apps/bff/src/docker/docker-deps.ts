import type { Logger } from '../logging/logger.ts';
import type { MetricsService } from '../services/metrics/metrics-service.ts';
import type { WorkloadServices } from '../services/workloads/workload-services.ts';
import type { Store } from '../store/store.ts';

/** What the Docker API of a cluster works with: the console's own services and store. */
export interface DockerDeps {
  store: Store;
  workloads: WorkloadServices;
  /** `GET /metrics`: the cluster's metrics for a Prometheus that scrapes the endpoint. */
  metrics: MetricsService;
  /** Simulated time, as the rest of the product sees it. */
  now: () => number;
  logger: Logger;
  /** How long a request may wait for the simulated cloud to carry out what it asked (real milliseconds). */
  waitBudgetMs: number;
}
