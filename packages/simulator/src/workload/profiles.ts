import { repositoryName } from '../registry/registry.ts';
import { seededRandom } from '../random.ts';

/** What a container of an image uses at rest: the base the monitoring charts and auto scaling move around. */
export interface WorkloadProfile {
  /** CPU in cores. */
  cpu: number;
  memoryBytes: number;
  /** Bytes per second received and sent. */
  networkIn: number;
  networkOut: number;
}

const MB = 1024 * 1024;
const profile = (cpu: number, memoryMb: number, networkKbIn: number, networkKbOut: number): WorkloadProfile => ({
  cpu,
  memoryBytes: memoryMb * MB,
  networkIn: networkKbIn * 1024,
  networkOut: networkKbOut * 1024,
});

const PROFILES: Readonly<Record<string, WorkloadProfile>> = {
  nginx: profile(0.05, 24, 200, 800),
  haproxy: profile(0.05, 32, 400, 400),
  proxy: profile(0.05, 32, 400, 400),
  routing: profile(0.05, 48, 400, 400),
  redis: profile(0.08, 64, 100, 100),
  memcached: profile(0.05, 64, 100, 100),
  mysql: profile(0.3, 420, 50, 120),
  mariadb: profile(0.3, 380, 50, 120),
  postgres: profile(0.25, 260, 50, 120),
  mongo: profile(0.3, 500, 50, 120),
  wordpress: profile(0.2, 140, 150, 600),
  php: profile(0.15, 100, 100, 300),
  tomcat: profile(0.4, 600, 100, 300),
  jenkins: profile(0.5, 900, 50, 50),
  gitlab: profile(1, 2_500, 100, 200),
  'gitlab-ce': profile(1, 2_500, 100, 200),
  elasticsearch: profile(0.8, 1_500, 100, 100),
  influxdb: profile(0.2, 200, 200, 50),
  busybox: profile(0.01, 2, 1, 1),
  logtail: profile(0.03, 40, 10, 50),
  logspout: profile(0.02, 20, 10, 30),
  'monitoring-agent': profile(0.03, 40, 5, 20),
  volumedriver: profile(0.01, 16, 1, 1),
};

const GENERIC = profile(0.1, 96, 50, 50);

/**
 * The resting usage of one container: its image's profile, varied by up to ±20 % per container
 * (seeded by its id) so that two nginx containers do not draw identical lines.
 */
export function workloadProfile(image: string, containerId: string): WorkloadProfile {
  const base = PROFILES[repositoryName(image)] ?? GENERIC;
  const random = seededRandom(`profile:${containerId}`);
  const vary = (value: number) => value * (0.8 + 0.4 * random.next());
  return {
    cpu: vary(base.cpu),
    memoryBytes: Math.round(vary(base.memoryBytes)),
    networkIn: Math.round(vary(base.networkIn)),
    networkOut: Math.round(vary(base.networkOut)),
  };
}
