import type { ContainerDto, ContainerList, ServiceDto } from '../../../packages/contracts/src/workloads.ts';
import { defaultServiceDefinition } from '../../../packages/domain/src/workloads/service-definition.ts';

const META = {
  generation: 1,
  resourceVersion: 1,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
};

const hex = (n: number, length: number) => n.toString(16).padStart(length, '0').slice(-length);

/** A Ready service of `scale` containers, as GET /services/{id} answers it. */
export function fakeService(id: string, scale: number): ServiceDto {
  return {
    metadata: { id, name: 'web', ...META },
    spec: {
      clusterId: 'c-fake',
      applicationId: 'a-fake',
      applicationName: 'big',
      category: 'online',
      definition: defaultServiceDefinition({
        image: 'nginx:latest',
        scale,
        ports: [{ containerPort: 80, count: 1, protocol: 'tcp' }],
        restart: 'always',
      }),
      definitionVersion: 1,
      deployment: 1,
      pullImage: false,
      desiredState: 'running',
      operation: { kind: 'deploy' },
    },
    status: {
      phase: 'Ready',
      phaseSince: META.createdAt,
      observedGeneration: 1,
      conditions: [],
      reason: null,
      containerCounts: { ready: scale, stopped: 0, other: 0 },
      startedGeneration: 1,
    },
  };
}

/** Container number `n` (1-based) of the fake service. */
export function fakeContainer(serviceId: string, n: number): ContainerDto {
  const ip = `172.19.${Math.floor(n / 250) % 250}.${(n % 250) + 2}`;
  return {
    metadata: { id: `${hex(n, 12)}${'ab'.repeat(26)}`, name: `big_web_${n}`, ...META },
    spec: {
      clusterId: 'c-fake',
      applicationId: 'a-fake',
      serviceId,
      applicationName: 'big',
      serviceName: 'web',
      number: n,
      nodeId: `n-${n % 20}`,
      image: 'nginx:latest',
      definitionVersion: 1,
      deployment: 1,
      desiredState: 'running',
      hostname: `big_web_${n}`,
      links: [],
    },
    status: {
      phase: 'running',
      phaseSince: META.createdAt,
      observedGeneration: 1,
      conditions: [],
      health: 'Normal',
      imageDigest: `sha256:${'592a506c'.repeat(8)}`,
      containerIp: ip,
      nodeIp: `10.0.0.${(n % 20) + 1}`,
      ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 32768 + (n % 1000), hostIp: `10.0.0.${(n % 20) + 1}` }],
      exitCode: null,
      restartCount: 0,
      startedAt: META.createdAt,
      reason: null,
    },
  };
}

/** A page of `GET /containers` over `total` fake containers. */
export function fakeContainerPage(serviceId: string, total: number, page: number, pageSize: number): ContainerList {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const items: ContainerDto[] = [];
  for (let n = first; n <= last; n++) items.push(fakeContainer(serviceId, n));
  return { items, total };
}
