import { createHash } from 'node:crypto';
import type { ClusterImage } from './cluster-images.ts';
import { repositoryOf } from './cluster-images.ts';

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Three to five layer ids, the same for a digest every time. */
export function layersOf(image: Pick<ClusterImage, 'digest'>): string[] {
  const seed = createHash('sha256').update(`layers:${image.digest}`).digest('hex');
  const count = 3 + (parseInt(seed.slice(0, 2), 16) % 3);
  return Array.from({ length: count }, (_, i) => createHash('sha256').update(`${seed}:${i}`).digest('hex'));
}

/** `GET /images/json`: one entry of `docker images`. */
export function imageSummary(image: ClusterImage) {
  return {
    Id: image.id,
    ParentId: '',
    RepoTags: [image.reference],
    RepoDigests: [`${repositoryOf(image.reference)}@${image.digest}`],
    Created: unix(image.pulledAt),
    Size: image.size,
    VirtualSize: image.size,
    SharedSize: -1,
    Labels: null,
    Containers: -1,
  };
}

/** `GET /images/{name}/json`: what `docker image inspect` and docker-compose read. */
export function imageInspect(image: ClusterImage, dockerVersion: string) {
  return {
    Id: image.id,
    RepoTags: [image.reference],
    RepoDigests: [`${repositoryOf(image.reference)}@${image.digest}`],
    Parent: '',
    Comment: '',
    Created: image.pulledAt,
    Container: '',
    DockerVersion: dockerVersion,
    Author: '',
    Config: {
      Hostname: '',
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: null,
      Labels: null,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.size,
    VirtualSize: image.size,
    GraphDriver: { Name: 'overlay2', Data: null },
    RootFS: { Type: 'layers', Layers: layersOf(image).map((l) => `sha256:${l}`) },
  };
}
