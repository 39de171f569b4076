import type { ServiceProbe } from '@cs/domain';
import { hashSeed, randomInt } from '../random.ts';
import type { Random } from '../random.ts';
import { accessLogTime } from './timestamps.ts';
import type { Instant } from './timestamps.ts';

/** A request a web server's visitors make, and how often against the others. */
export interface RequestKind {
  method: 'GET' | 'HEAD' | 'POST';
  path: string;
  status: number;
  /** Fixed for a static file; a range for a page that varies. */
  bytes: number | readonly [number, number];
  weight: number;
}

export interface AccessLogStyle {
  /** The `Server` header it answers with (`nginx/1.19.10`), as a terminal's curl shows it. */
  server: string;
  requests: readonly RequestKind[];
  /** nginx's `main` format ends with `"$http_x_forwarded_for"`; Apache's `combined` does not. */
  forwardedFor: boolean;
  /** What a failing health check gets back. */
  unhealthyResponse: { status: number; bytes: number };
}

/** The health check comes from the node, through the Docker bridge's gateway, as the guide's lines show. */
export const PROBE_SOURCE_IP = '172.17.0.1';
export const PROBE_USER_AGENT = 'Go-http-client/1.1';

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0',
  'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'curl/7.88.1',
];

interface Request {
  client: string;
  at: Instant;
  method: string;
  path: string;
  status: number;
  bytes: number;
  referer: string;
  agent: string;
}

/** The `combined` format: `host - - [time] "request" status bytes "referer" "agent"`. */
function accessLine(style: AccessLogStyle, r: Request): string {
  const line = `${r.client} - - [${accessLogTime(r.at)}] "${r.method} ${r.path} HTTP/1.1" ${r.status} ${r.bytes} "${r.referer}" "${r.agent}"`;
  return style.forwardedFor ? `${line} "-"` : line;
}

function pickRequest(requests: readonly RequestKind[], random: Random): RequestKind {
  let left = random.next() * requests.reduce((sum, r) => sum + r.weight, 0);
  return requests.find((r) => (left -= r.weight) < 0) ?? requests[requests.length - 1]!;
}

/** A visitor's request from `client`, its kind, size, referer and browser drawn from `random`. */
export function visitorLine(style: AccessLogStyle, client: string, at: Instant, random: Random): string {
  const kind = pickRequest(style.requests, random);
  const bytes = typeof kind.bytes === 'number' ? kind.bytes : randomInt(random, kind.bytes[0], kind.bytes[1]);
  const referer = random.next() < 0.8 ? '-' : 'https://www.google.com/';
  const agent = USER_AGENTS[Math.floor(random.next() * USER_AGENTS.length)]!;
  return accessLine(style, {
    client,
    at,
    method: kind.method,
    path: kind.path,
    status: kind.status,
    bytes,
    referer,
    agent,
  });
}

/** A file the server knows has its size; any other path answers with a size fixed by the path. */
function bytesOf(style: AccessLogStyle, path: string): number {
  const known = style.requests.find((r) => r.method === 'GET' && r.path === path)?.bytes;
  if (known === undefined) return 200 + (hashSeed(path) % 4_000);
  return typeof known === 'number' ? known : known[0];
}

/** The health check's request, answered or not. */
export function probeLine(style: AccessLogStyle, at: Instant, path: string, healthy: boolean): string {
  const { status, bytes } = healthy ? { status: 200, bytes: bytesOf(style, path) } : style.unhealthyResponse;
  const request = { method: 'GET', path, status, bytes, referer: '-', agent: PROBE_USER_AGENT };
  return accessLine(style, { client: PROBE_SOURCE_IP, at, ...request });
}

/** The path an http health check asks for (`http://container:80/license.txt` → `/license.txt`); null for tcp and cmd. */
export function probePath(probe: ServiceProbe | null): string | null {
  if (probe?.kind !== 'http') return null;
  const match = /^[a-z]+:\/\/[^/?#]*([^#]*)/i.exec(probe.target);
  const path = match?.[1] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}
