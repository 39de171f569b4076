import type { ListenerRequest, LoadBalancerDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { loadBalancerKeys } from './keys.ts';

/** Which listener: its front port and, since TCP-family and UDP ports are apart, its family. */
export interface ListenerRef {
  id: string;
  port: number;
  protocol: 'tcp' | 'udp';
}

export type ListenerVars =
  { kind: 'add'; id: string; request: ListenerRequest } | { kind: 'start' | 'stop' | 'delete'; listener: ListenerRef };

/** Add Listener, and a listener's Start, Stop and Delete. */
export function changeListener(vars: ListenerVars): Promise<LoadBalancerDto> {
  if (vars.kind === 'add') return api.addListener(vars.id, vars.request);
  const { id, port, protocol } = vars.listener;
  if (vars.kind === 'start') return api.startListener(id, port, { protocol });
  if (vars.kind === 'stop') return api.stopListener(id, port, { protocol });
  return api.deleteListener(id, port, { protocol });
}

export function useListenerMutation() {
  return useInvalidatingMutation(changeListener, [loadBalancerKeys.all()]);
}
