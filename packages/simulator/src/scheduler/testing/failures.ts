import { seededRandom } from '../../random.ts';
import { placeContainers } from '../place.ts';
import type { PlacedContainer, PlacementRequest, PlacementResult, SchedulableNode } from '../types.ts';
import { makeState } from './cluster.ts';

/** A placement that must fail: the cluster, the request, and the rule and message expected. */
export interface FailureCase {
  nodes: SchedulableNode[];
  placed?: PlacedContainer[];
  request: PlacementRequest;
  rule: string;
  message: string;
}

/** Places the case's request on its cluster (seed 1). */
export function placeFailing({ nodes, placed = [], request }: FailureCase): PlacementResult {
  return placeContainers(makeState(nodes, placed), request, seededRandom(1));
}
