import { useQuery } from '@tanstack/react-query';
import type { ContainerDto } from '@cs/contracts';
import { api } from '../api.ts';
import { containerKeys } from './keys.ts';

/** One container, kept live: the watch invalidates `containers` when any container changes. */
export function useContainerQuery({ id }: { id: string }) {
  return useQuery<ContainerDto>({
    queryKey: containerKeys.detail(id),
    queryFn: ({ signal }) => api.getContainer(id, signal),
  });
}
