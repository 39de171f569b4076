import { createHash } from 'node:crypto';

/** `nginx`, `nginx:1.11` and `registry.aliyuncs.com/acs-sample/nginx:1.11` name the repository `nginx`. */
export function repositoryName(image: string): string {
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const at = lastSegment.indexOf('@');
  const colon = lastSegment.indexOf(':');
  const end = at >= 0 ? at : colon >= 0 ? colon : lastSegment.length;
  return lastSegment.slice(0, end);
}

/** The image with its tag made explicit (`nginx` → `nginx:latest`), as the registry keys it. */
export function imageReference(image: string): string {
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  return lastSegment.includes(':') || lastSegment.includes('@') ? image : `${image}:latest`;
}

/**
 * The digest the simulated registry serves for an image: fixed for a tag until someone pushes a
 * new one (the simulation panel), so Redeploy after a push shows a new sha256.
 */
export function imageDigest(image: string, pushes: number): string {
  const hash = createHash('sha256')
    .update(`${imageReference(image)}#${pushes}`)
    .digest('hex');
  return `sha256:${hash}`;
}

const MB = 1024 * 1024;

/** Compressed sizes of the well-known images (Docker Hub's figures, rounded); others get a middling size. */
const IMAGE_SIZES_MB: Readonly<Record<string, number>> = {
  busybox: 1,
  alpine: 3,
  nginx: 55,
  redis: 40,
  memcached: 30,
  mysql: 140,
  mariadb: 120,
  postgres: 110,
  mongo: 160,
  wordpress: 160,
  php: 150,
  node: 350,
  python: 340,
  java: 240,
  openjdk: 240,
  tomcat: 200,
  jenkins: 300,
  gitlab: 700,
  'gitlab-ce': 700,
  influxdb: 70,
  grafana: 90,
  rabbitmq: 60,
  elasticsearch: 250,
  kibana: 200,
  logstash: 250,
  haproxy: 40,
  proxy: 30,
  ubuntu: 30,
  centos: 75,
  debian: 50,
};

/** How big the image is to pull, in bytes. */
export function imageSizeBytes(image: string): number {
  return (IMAGE_SIZES_MB[repositoryName(image)] ?? 80) * MB;
}

/** The simulated network pulls at 25 MB/s after a second of registry round trips. */
const PULL_BYTES_PER_MS = (25 * MB) / 1000;
const PULL_OVERHEAD_MS = 1_000;
/** An image the node already has only needs its manifest checked. */
export const CACHED_PULL_MS = 300;

/** How long pulling the image takes on a node that does not have it. */
export function pullDurationMs(image: string): number {
  return PULL_OVERHEAD_MS + Math.round(imageSizeBytes(image) / PULL_BYTES_PER_MS);
}
