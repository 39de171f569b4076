import type { TemplateAnalyzer } from '../../analysis/analysis-pool.ts';
import type { Store } from '../../store/store.ts';
import { SimulationService } from '../simulation-service.ts';
import { ApplicationService } from './application-service.ts';
import { ContainerOperations } from './container-operations.ts';
import { PlacementPreviewer } from './placement-preview.ts';
import { ServiceOperations } from './service-operations.ts';
import type { ResolveSlb } from './lb-bindings.ts';

/** The API's side of applications, services, containers and the simulation panel. */
export interface WorkloadServices {
  applications: ApplicationService;
  services: ServiceOperations;
  containers: ContainerOperations;
  simulation: SimulationService;
}

export function createWorkloadServices(
  store: Store,
  analyzer: TemplateAnalyzer,
  now: () => number,
  maxNodesPerCluster: number,
  resolveSlb: ResolveSlb,
): WorkloadServices {
  return {
    applications: new ApplicationService(
      store,
      analyzer,
      new PlacementPreviewer(store, maxNodesPerCluster),
      now,
      resolveSlb,
    ),
    services: new ServiceOperations(store, analyzer, now),
    containers: new ContainerOperations(store),
    simulation: new SimulationService(store, now),
  };
}
