import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CHECK, ROUTING_LISTENER } from './load-balancer.ts';
import type { Listener } from './load-balancer.ts';
import { backendProtocolFor, listenerLabel, listenerProblems } from './listeners.ts';

const tcp = (port: number, overrides: Partial<Listener> = {}): Listener => ({
  frontendProtocol: 'tcp',
  frontendPort: port,
  backendProtocol: 'tcp',
  backendPort: port,
  bandwidth: null,
  scheduler: 'wrr',
  certificateId: null,
  healthCheck: DEFAULT_HEALTH_CHECK,
  status: 'running',
  ...overrides,
});
const https: Listener = tcp(443, {
  frontendProtocol: 'https',
  backendProtocol: 'http',
  backendPort: 9080,
  certificateId: 'cert-1',
});
const server = { id: 'cert-1', region: 'cn-hangzhou', type: 'server' as const };
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('listenerProblems', () => {
  it('accepts the guide examples: TCP 6379:6379 and HTTPS 443 -> HTTP 9080 with a server certificate', () => {
    expect(listenerProblems(tcp(6379), [], 'cn-hangzhou', undefined)).toEqual([]);
    expect(listenerProblems(https, [ROUTING_LISTENER], 'cn-hangzhou', server)).toEqual([]);
  });

  it('sends HTTP and HTTPS to HTTP, TCP and UDP to themselves, in the guide words', () => {
    expect(backendProtocolFor('https')).toBe('http');
    expect(backendProtocolFor('udp')).toBe('udp');
    expect(listenerProblems({ ...https, backendProtocol: 'https' }, [], 'cn-hangzhou', server)).toEqual([
      { field: 'backendProtocol', message: 'When the frontend protocol is HTTPS, the backend protocol is HTTP.' },
    ]);
    expect(fields(listenerProblems(tcp(53, { backendProtocol: 'udp' }), [], 'r', undefined))).toEqual([
      'backendProtocol',
    ]);
  });

  it('allows one listener per front port of TCP, HTTP and HTTPS, and a UDP one beside them', () => {
    expect(listenerProblems(tcp(80), [ROUTING_LISTENER], 'r', undefined)).toEqual([
      { field: 'frontendPort', message: 'Port 80 is already used by the HTTP listener of this instance.' },
    ]);
    const udp = tcp(80, { frontendProtocol: 'udp', backendProtocol: 'udp' });
    expect(listenerProblems(udp, [ROUTING_LISTENER], 'r', undefined)).toEqual([]);
  });

  it('needs a server certificate of the same region for HTTPS, and none otherwise', () => {
    expect(fields(listenerProblems({ ...https, certificateId: null }, [], 'cn-hangzhou', undefined))).toEqual([
      'certificateId',
    ]);
    expect(listenerProblems(https, [], 'cn-beijing', server)[0]?.message).toMatch(/does not exist in the region/);
    expect(listenerProblems(https, [], 'cn-hangzhou', { ...server, type: 'ca' })[0]?.message).toMatch(/CA/);
    expect(fields(listenerProblems(tcp(1, { certificateId: 'cert-1' }), [], 'r', server))).toEqual(['certificateId']);
  });

  it('needs a normal status code for an HTTP health check', () => {
    const none = { ...https, healthCheck: { ...DEFAULT_HEALTH_CHECK, statusCodes: [] } };
    expect(fields(listenerProblems(none, [], 'cn-hangzhou', server))).toEqual(['healthCheck.statusCodes']);
    expect(listenerLabel(https)).toBe('HTTPS:443');
  });
});
