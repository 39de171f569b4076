import { useQuery } from '@tanstack/react-query';
import type { AlarmInstanceRef, AlarmInstanceView } from '@cs/contracts';
import { api } from '../api.ts';
import { getNodes } from '../nodes/nodes-query.ts';
import { alarmKeys } from './keys.ts';

/** The name of the instance an Alarm rules page was opened for (a container's or a node's Monitor). */
export function useAlarmInstanceQuery(clusterId: string, instance: AlarmInstanceRef | undefined) {
  return useQuery<AlarmInstanceView | undefined>({
    queryKey: alarmKeys.instance(clusterId, instance),
    enabled: Boolean(instance && clusterId),
    queryFn: async ({ signal }) => {
      if (!instance) return undefined;
      if (instance.kind === 'container') {
        const c = await api.getContainer(instance.id, signal);
        return { kind: 'container', id: c.metadata.id, name: c.metadata.name };
      }
      const node = (await getNodes({ clusterId }, signal)).items.find((n) => n.metadata.id === instance.id);
      return node && { kind: 'node', id: node.metadata.id, name: node.metadata.name };
    },
  });
}
