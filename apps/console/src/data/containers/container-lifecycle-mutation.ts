import type { ContainerDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from '../services/stale-after-workload-change.ts';

/** What a container table's Action column does to one container. */
export type ContainerAction = 'stop' | 'start' | 'delete';

export interface ContainerActionVars {
  id: string;
  action: ContainerAction;
}

/** Stop, Start or Delete one container; its service's Container Status changes with it. */
export function changeContainer({ id, action }: ContainerActionVars): Promise<ContainerDto> {
  if (action === 'stop') return api.stopContainer(id);
  if (action === 'start') return api.startContainer(id);
  return api.deleteContainer(id);
}

export function useContainerActionMutation() {
  return useInvalidatingMutation(changeContainer, STALE_AFTER_WORKLOAD_CHANGE);
}
