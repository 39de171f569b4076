import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { NODE_PASSWORD } from '../../cluster-api.ts';

/** A small template: three nginx containers on a dynamic host port, which move when their node fails. */
export const WEB_TEMPLATE = `web:
  image: nginx
  ports:
    - 80
  labels:
    aliyun.scale: "3"
  environment:
    - reschedule:on-node-failure
    - GREETING=hello
`;

export interface ServiceView {
  metadata: { id: string; name: string };
  spec: { applicationName: string };
  status: { phase: string; containerCounts: { ready: number; stopped: number; other: number } };
}

interface ContainerView {
  metadata: { name: string };
  status: { phase: string; nodeIp: string; imageDigest: string | null };
}

/** Creates an application from a template through the API; answers its ID. */
export async function createApplication(
  request: APIRequestContext,
  { clusterId, name, template }: { clusterId: string; name: string; template: string },
): Promise<string> {
  const response = await request.post('/api/v1/applications', { data: { clusterId, name, template } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { metadata: { id: string } }).metadata.id;
}

/** The services of a cluster, system ones too. */
export async function servicesOf(request: APIRequestContext, clusterId: string): Promise<ServiceView[]> {
  const response = await request.get(`/api/v1/services?clusterId=${clusterId}&hideSystem=false&pageSize=100`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: ServiceView[] }).items;
}

/** Waits until a service of an application is Ready with all `scale` containers ready; answers it. */
export async function waitForReadyService(
  request: APIRequestContext,
  clusterId: string,
  application: string,
  service: string,
  scale: number,
): Promise<ServiceView> {
  const find = async () =>
    (await servicesOf(request, clusterId)).find(
      (s) => s.spec.applicationName === application && s.metadata.name === service,
    );
  await expect
    .poll(
      async () => {
        const s = await find();
        return s && `${s.status.phase} ${s.status.containerCounts.ready}`;
      },
      { timeout: 60_000 },
    )
    .toBe(`Ready ${scale}`);
  return (await find())!;
}

/** The containers of a service, as the API answers them. */
export async function containersOf(request: APIRequestContext, serviceId: string): Promise<ContainerView[]> {
  const response = await request.get(`/api/v1/containers?serviceId=${serviceId}&pageSize=100`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: ContainerView[] }).items;
}

/** More > Expand through the API: `quantity` new nodes in the cluster's zone. */
export async function expandCluster(request: APIRequestContext, clusterId: string, quantity: number): Promise<void> {
  const response = await request.post(`/api/v1/clusters/${clusterId}/expand`, {
    data: {
      quantity,
      zone: 'cn-hangzhou-b',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      password: NODE_PASSWORD,
      confirmPassword: NODE_PASSWORD,
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Redeploy of an application through the API: its containers pull their images again. */
export async function redeployApplication(request: APIRequestContext, applicationId: string): Promise<void> {
  const response = await request.post(`/api/v1/applications/${applicationId}/redeploy`, { data: {} });
  expect(response.ok(), await response.text()).toBe(true);
}
