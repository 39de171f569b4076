import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';

/** A name no other test uses: numbers, letters and hyphens, as the guide's name rule allows. */
export function uniqueApplicationName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** One service of nginx, as Create with Image writes it. */
export function nginxTemplate(service: string, scale = 1): string {
  return [
    'version: "2"',
    'services:',
    `  ${service}:`,
    '    image: nginx:latest',
    '    restart: always',
    '    labels:',
    `      aliyun.scale: "${scale}"`,
    '',
  ].join('\n');
}

/**
 * Creates an application through the API, for specs about what happens after creation (creating
 * one in the console has specs of its own). The request context must carry a signed-in session.
 */
export async function createApplication(
  request: APIRequestContext,
  options: { clusterId: string; name: string; template: string },
): Promise<string> {
  const response = await request.post('/api/v1/applications', { data: options });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { metadata: { id: string } }).metadata.id;
}

async function phaseOf(request: APIRequestContext, id: string): Promise<string | undefined> {
  const response = await request.get(`/api/v1/applications/${id}`);
  if (response.status() === 404) return undefined;
  return ((await response.json()) as { status: { phase: string } }).status.phase;
}

/** Waits until the simulated cloud has brought the application to `phase`. */
export async function waitForApplicationPhase(request: APIRequestContext, id: string, phase: string, timeout = 60_000) {
  await expect.poll(() => phaseOf(request, id), { timeout, intervals: [250, 500, 1000] }).toBe(phase);
}

/** Deletes a test's application (when it is still there) and waits until it is gone. */
export async function removeApplication(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(async () => ['Ready', 'Stopped', 'Failed', 'Deleting', undefined].includes(await phaseOf(request, id)), {
      timeout: 60_000,
    })
    .toBe(true);
  const phase = await phaseOf(request, id);
  if (phase !== undefined && phase !== 'Deleting') await request.delete(`/api/v1/applications/${id}`);
  await expect.poll(() => phaseOf(request, id), { timeout: 60_000 }).toBeUndefined();
}
