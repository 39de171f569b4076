import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';

/** A logon password that follows the guide's rule. */
export const NODE_PASSWORD = 'E2e-node-Pass1';

/** A VPC of the simulated cloud in China East 1 (Hangzhou), with a VSwitch in zones b and d. */
export const HANGZHOU_VPC = {
  vpcId: 'vpc-bp1659u1p811058ea3npd',
  vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
  containerCidr: '172.18.0.0/16',
};

/** A cluster name no other test uses. */
export function uniqueClusterName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

interface ClusterOptions {
  name: string;
  /** Nodes created with the cluster; 0 for a zero-node cluster (it ends Inactive). */
  nodes: number;
  networkType?: 'classic' | 'vpc';
}

/**
 * Creates a cluster through the API, for specs about what happens after creation (the form has a
 * spec of its own). The request context must carry a signed-in session.
 */
export async function createCluster(request: APIRequestContext, options: ClusterOptions): Promise<string> {
  const vpc = (options.networkType ?? 'vpc') === 'vpc';
  const response = await request.post('/api/v1/clusters', {
    data: {
      name: options.name,
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: vpc ? 'vpc' : 'classic',
      vpc: vpc ? HANGZHOU_VPC : null,
      nodes:
        options.nodes > 0
          ? {
              quantity: options.nodes,
              instanceType: 'ecs.n1.small',
              operatingSystem: 'Ubuntu 16.04 64-bit',
              password: NODE_PASSWORD,
              confirmPassword: NODE_PASSWORD,
            }
          : null,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { metadata: { id: string } }).metadata.id;
}

async function phaseOf(request: APIRequestContext, id: string): Promise<string | undefined> {
  const response = await request.get(`/api/v1/clusters/${id}`);
  if (response.status() === 404) return undefined;
  return ((await response.json()) as { status: { phase: string } }).status.phase;
}

/** Waits until the simulated cloud has brought the cluster to `phase`. */
export async function waitForPhase(request: APIRequestContext, id: string, phase: string, timeout = 60_000) {
  await expect.poll(() => phaseOf(request, id), { timeout, intervals: [250, 500, 1000] }).toBe(phase);
}

/**
 * Deletes a test's cluster and waits until it is gone, so the account's quota of 5 clusters is free
 * for the next spec. A cluster still busy (Scaling, Updating) is waited for first.
 */
export async function removeCluster(request: APIRequestContext, id: string): Promise<void> {
  const deletable = ['Inactive', 'Running', 'Failed', 'DeleteFailed', 'Deleting'];
  await expect
    .poll(
      async () => {
        const phase = await phaseOf(request, id);
        return phase === undefined || deletable.includes(phase);
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  const phase = await phaseOf(request, id);
  if (phase !== undefined && phase !== 'Deleting') await request.delete(`/api/v1/clusters/${id}`);
  await expect.poll(() => phaseOf(request, id), { timeout: 60_000 }).toBeUndefined();
}
