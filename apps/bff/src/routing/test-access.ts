import { InputError } from '@cs/domain';
import type { TestAccessResult } from '@cs/contracts';
import type { z } from 'zod';
import type { TestAccessRequestSchema } from '@cs/contracts';
import type { SimulatedAnswer, SimulatedRequest } from './simulated-request.ts';

type TestAccessRequest = z.output<typeof TestAccessRequestSchema>;

/** How many answers the result lists in order. */
const SEQUENCE_SHOWN = 100;

export interface TestTarget {
  url: URL;
  scheme: 'http' | 'https';
  port: number;
}

/** The URL to access, or a 400 naming the field. */
export function testTarget(text: string): TestTarget {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new InputError([
      { field: 'url', message: `${text} is not a URL: enter one such as http://nginx.example.com/.` },
    ]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError([
      { field: 'url', message: 'Test access sends HTTP requests: the URL starts with http:// or https://.' },
    ]);
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  return { url, scheme, port: url.port ? Number(url.port) : scheme === 'https' ? 443 : 80 };
}

/** Client addresses of the documentation ranges: 203.0.113.1, .2, … then 198.51.100.x. */
const clientIp = (index: number) => (index < 254 ? `203.0.113.${index + 1}` : `198.51.100.${index - 253}`);

/** Keeps what `Set-Cookie` sets, as a browser's cookie jar would (name=value only). */
function remember(jar: Record<string, string>, answer: SimulatedAnswer): void {
  for (const [name, value] of answer.headers) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    const pair = value.split(';', 1)[0]!;
    const eq = pair.indexOf('=');
    if (eq > 0) jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
}

/**
 * Sends `requests` simulated requests, from `clients` addresses in turn, each with its own cookie
 * jar when asked, and tallies who answered: status codes and containers, and the first answers in order.
 */
export async function testAccess(
  send: (request: SimulatedRequest) => Promise<SimulatedAnswer>,
  target: TestTarget,
  request: TestAccessRequest,
): Promise<TestAccessResult> {
  const jars = Array.from({ length: request.clients }, () => ({}) as Record<string, string>);
  const statuses = new Map<number, number>();
  const containers = new Map<string, TestAccessResult['containers'][number]>();
  const sequence: string[] = [];
  const host = target.url.port ? `${target.url.hostname}:${target.url.port}` : target.url.hostname;
  for (let i = 0; i < request.requests; i++) {
    const client = i % request.clients;
    const answer = await send({
      method: 'GET',
      scheme: target.scheme,
      host,
      path: `${target.url.pathname}${target.url.search}`,
      clientIp: clientIp(client),
      cookies: request.cookieJar ? jars[client]! : {},
    });
    if (request.cookieJar) remember(jars[client]!, answer);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    const c = answer.container;
    if (c) {
      const tally = containers.get(c.id) ?? {
        containerId: c.id,
        containerName: c.name,
        serviceName: c.serviceName,
        count: 0,
      };
      tally.count++;
      containers.set(c.id, tally);
    }
    if (sequence.length < SEQUENCE_SHOWN) sequence.push(c?.name ?? '');
  }
  return {
    url: target.url.toString(),
    total: request.requests,
    statuses: [...statuses].map(([status, count]) => ({ status, count })).sort((a, b) => a.status - b.status),
    containers: [...containers.values()].sort(
      (a, b) => b.count - a.count || a.containerName.localeCompare(b.containerName),
    ),
    sequence,
  };
}
