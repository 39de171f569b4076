import { defaultServiceDefinition } from '@cs/domain';
import type { Application, ContainerSpec, ContainerStatus, Service, ServiceDefinition } from '@cs/domain';
import type { ContainerCreation } from '../deploy/store.ts';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/** A service definition with Compose's defaults: one container of nginx, nothing else. */
export function makeDefinition(overrides: Partial<ServiceDefinition> = {}): ServiceDefinition {
  return defaultServiceDefinition({ image: 'nginx:latest', ...overrides });
}

/** A service of application `app` in cluster `cluster`, as the BFF stores it when deploying. */
export function makeService(
  overrides: { id?: string; name?: string; spec?: Partial<Service['spec']>; status?: Partial<Service['status']> } = {},
): Service {
  return {
    metadata: {
      id: overrides.id ?? 'svc-web',
      name: overrides.name ?? 'web',
      generation: 1,
      resourceVersion: 1,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    spec: {
      clusterId: 'cluster-1',
      applicationId: 'app-1',
      applicationName: 'wordpress',
      category: 'online',
      definition: makeDefinition(),
      definitionVersion: 1,
      deployment: 1,
      pullImage: false,
      desiredState: 'running',
      operation: { kind: 'deploy' },
      ...overrides.spec,
    },
    status: {
      phase: 'Deploying',
      phaseSince: EPOCH,
      observedGeneration: 0,
      conditions: [],
      reason: null,
      startedGeneration: 0,
      ...overrides.status,
    },
  };
}

/** A running container `number` of wordpress_web on node-1. */
export function makeContainerCreation(
  number: number,
  overrides: { spec?: Partial<ContainerSpec>; status?: Partial<ContainerStatus> } = {},
): ContainerCreation {
  const spec: ContainerSpec = {
    clusterId: 'cluster-1',
    applicationId: 'app-1',
    serviceId: 'svc-web',
    applicationName: 'wordpress',
    serviceName: 'web',
    number,
    nodeId: 'node-1',
    image: 'nginx:latest',
    definitionVersion: 1,
    deployment: 1,
    desiredState: 'running',
    hostname: `wordpress_web_${number}`,
    links: [],
    ...overrides.spec,
  };
  return {
    id: `c${String(number).padStart(63, '0')}`,
    name: `${spec.applicationName}_${spec.serviceName}_${number}`,
    spec,
    status: {
      phase: 'running',
      phaseSince: EPOCH,
      observedGeneration: 1,
      conditions: [],
      health: 'Normal',
      imageDigest: 'sha256:aaaa',
      containerIp: `172.18.1.${number + 1}`,
      nodeIp: '10.0.0.1',
      ports: [],
      exitCode: null,
      restartCount: 0,
      startedAt: EPOCH,
      reason: null,
      ...overrides.status,
    },
  };
}

/** An application being deployed, as the BFF stores it on creation. */
export function makeApplication(
  overrides: { id?: string; name?: string; spec?: Partial<Application['spec']> } = {},
): Application {
  return {
    metadata: {
      id: overrides.id ?? 'app-1',
      name: overrides.name ?? 'wordpress',
      generation: 1,
      resourceVersion: 1,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    spec: {
      clusterId: 'cluster-1',
      description: '',
      version: '1.0',
      template: '',
      variables: {},
      updateMethod: 'standard',
      pullImage: false,
      category: 'online',
      operation: { kind: 'deploy' },
      ...overrides.spec,
    },
    status: { phase: 'Deploying', phaseSince: EPOCH, observedGeneration: 0, conditions: [], reason: null },
  };
}
