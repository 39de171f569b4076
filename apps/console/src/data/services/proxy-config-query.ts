import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

/** The HAProxy configuration of an acs/proxy service, rebuilt as its backends change (the watch refreshes `services`). */
export function useProxyConfigQuery({ id }: { id: string }) {
  return useQuery({
    queryKey: serviceKeys.proxyConfig(id),
    queryFn: ({ signal }) => api.getProxyConfig(id, signal),
  });
}
