import type { MonitoringIntegrationDto } from '@cs/contracts';
import type { Cluster, Service } from '@cs/domain';
import type { Store } from '../../store/store.ts';

export const INFLUXDB_ADDON = 'aliyun.monitoring.addon.influxdb';
const ADDONS = {
  influxdb: INFLUXDB_ADDON,
  prometheus: 'aliyun.monitoring.addon.prometheus',
} as const;
/** `http:172.16.1.10:8086` as the guide writes it, or `http://172.16.1.10:8086` as its error message does. */
const ADDRESS =
  /^(https?):(?:\/\/)?((?:\d{1,3}\.){3}\d{1,3}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*):(\d{1,5})$/;

export interface AddonAddress {
  schema: 'http' | 'https';
  host: string;
  port: number;
}

/** The address a `schema:hostIp:port` value names, or why it names none. */
export function parseAddonAddress(value: string): AddonAddress | string {
  const match = ADDRESS.exec(value.trim());
  if (!match) return 'The label value must be in the format of schema:hostIp:port, e.g. http:172.16.1.10:8086.';
  const port = Number(match[3]);
  if (port < 1 || port > 65_535) return 'The port must be 1-65535.';
  if (/^[\d.]+$/.test(match[2]!) && match[2]!.split('.').some((o) => Number(o) > 255))
    return 'The host IP is not valid.';
  return { schema: match[1] as AddonAddress['schema'], host: match[2]!, port };
}

const problemOf = (value: string) => {
  const parsed = parseAddonAddress(value);
  return typeof parsed === 'string' ? parsed : null;
};

/** The monitoring addons a cluster's services declare by label, each validated. */
export async function monitoringIntegrations(store: Store, clusterId: string): Promise<MonitoringIntegrationDto[]> {
  await store.resources.get<Cluster>('cluster', clusterId);
  const services = await store.resources.listInCluster<Service>('service', clusterId);
  const items: MonitoringIntegrationDto[] = [];
  for (const service of services)
    for (const [kind, label] of Object.entries(ADDONS) as [MonitoringIntegrationDto['kind'], string][]) {
      const address = service.spec.definition.labels[label];
      if (address === undefined) continue;
      items.push({
        kind,
        serviceId: service.metadata.id,
        serviceName: service.metadata.name,
        address,
        problem: problemOf(address),
      });
    }
  return items;
}
