import { repositoryName } from '../registry/registry.ts';
import { hashSeed } from '../random.ts';
import { workloadProfile } from '../workload/profiles.ts';
import type { ItemValues } from './items.ts';

/**
 * How a container's usage follows its service's traffic: `rest + perTraffic × traffic`, CPU in
 * percent of one core (as `docker stats` shows it), memory in bytes, the rest in bytes per second.
 * `jitter` is its own wobble around that line, as a fraction of the traffic-driven part.
 */
export interface ResourceProfile {
  rest: ItemValues;
  perTraffic: ItemValues;
  jitter: ItemValues;
  seed: number;
}

const KB = 1024;
/** Disk reads and writes at rest (KB/s): databases read and write, web servers log, caches barely touch it. */
const DISK: Readonly<Record<string, [read: number, write: number]>> = {
  mysql: [400, 600],
  mariadb: [380, 560],
  postgres: [350, 500],
  mongo: [500, 700],
  elasticsearch: [800, 900],
  influxdb: [100, 700],
  redis: [2, 60],
  memcached: [0, 0],
  nginx: [5, 30],
  httpd: [5, 30],
  wordpress: [40, 20],
  php: [20, 10],
  tomcat: [30, 20],
  jenkins: [100, 200],
  gitlab: [200, 300],
  busybox: [0, 0],
};
const GENERIC_DISK: [number, number] = [20, 20];

/** The share of each item that idles whatever the traffic; the rest scales with it. */
const AT_REST: ItemValues = { cpu: 0.3, memory: 0.85, networkRx: 0.05, networkTx: 0.05, diskRead: 0.2, diskWrite: 0.3 };
const TRAFFIC_DRIVEN: ItemValues = {
  cpu: 1 - AT_REST.cpu,
  memory: 1 - AT_REST.memory,
  networkRx: 1 - AT_REST.networkRx,
  networkTx: 1 - AT_REST.networkTx,
  diskRead: 1 - AT_REST.diskRead,
  diskWrite: 1 - AT_REST.diskWrite,
};
const JITTER: ItemValues = { cpu: 0.15, memory: 0.02, networkRx: 0.2, networkTx: 0.2, diskRead: 0.3, diskWrite: 0.3 };

// Written out, not built in a loop: a fixed shape keeps a cluster's 100,000 profiles cheap.
const scaled = (v: ItemValues, by: ItemValues): ItemValues => ({
  cpu: v.cpu * by.cpu,
  memory: v.memory * by.memory,
  networkRx: v.networkRx * by.networkRx,
  networkTx: v.networkTx * by.networkTx,
  diskRead: v.diskRead * by.diskRead,
  diskWrite: v.diskWrite * by.diskWrite,
});

/** The profile of one container of `image`, varied per container as the workload profile is. */
export function resourceProfile(image: string, containerId: string): ResourceProfile {
  const usage = workloadProfile(image, containerId);
  const [read, write] = DISK[repositoryName(image)] ?? GENERIC_DISK;
  const base: ItemValues = {
    cpu: usage.cpu * 100,
    memory: usage.memoryBytes,
    networkRx: usage.networkIn,
    networkTx: usage.networkOut,
    diskRead: read * KB,
    diskWrite: write * KB,
  };
  return {
    rest: scaled(base, AT_REST),
    perTraffic: scaled(base, TRAFFIC_DRIVEN),
    jitter: JITTER,
    seed: hashSeed(`metrics:${containerId}`),
  };
}
