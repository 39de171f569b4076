import { describe, expect, it } from 'vitest';
import type { Balance, PickRequest, ServerGroup, Stickiness } from './balancer.ts';
import { Pool } from './balancer.ts';

const group = (id: string, weight: number, count: number): ServerGroup => ({
  id,
  weight,
  servers: Array.from({ length: count }, (_, i) => ({
    id: `${id}-c${i}`,
    name: `${id}_${i + 1}`,
    address: `172.19.0.${i + 2}`,
  })),
});
const none: Stickiness = { kind: 'none' };
const anonymous = (i = 0): PickRequest => ({ clientIp: `10.0.${(i >> 8) & 255}.${i & 255}`, cookies: {} });

function groupShares(pool: Pool, requests: number, request: (i: number) => PickRequest = () => anonymous()) {
  const counts: Record<string, number> = {};
  for (let i = 0; i < requests; i++) {
    const picked = pool.pick(request(i));
    if (picked) counts[picked.group.id] = (counts[picked.group.id] ?? 0) + 1;
  }
  return counts;
}

describe('Pool', () => {
  describe.each<Balance>(['roundrobin', 'static-rr', 'source', 'leastconn'])('with %s', (balance) => {
    it('splits weights 100/100 50/50 by group though the groups have 3 and 1 containers', () => {
      const pool = new Pool({ groups: [group('v1', 100, 3), group('v2', 100, 1)], balance, stickiness: none });
      const counts = groupShares(pool, 10_000, anonymous);
      expect(Math.abs((counts.v1 ?? 0) - 5000)).toBeLessThanOrEqual(500);
      expect(Math.abs((counts.v2 ?? 0) - 5000)).toBeLessThanOrEqual(500);
    });

    it('sends everything to the first group with weights 100/0', () => {
      const pool = new Pool({ groups: [group('v1', 100, 2), group('v2', 0, 2)], balance, stickiness: none });
      expect(groupShares(pool, 1000, anonymous)).toEqual({ v1: 1000 });
    });

    it('has no backend with weights 0/0, no servers, or no groups', () => {
      for (const groups of [[group('v1', 0, 2), group('v2', 0, 1)], [group('v1', 100, 0)], []]) {
        expect(new Pool({ groups, balance, stickiness: none }).pick(anonymous())).toBeUndefined();
      }
    });
  });

  it('goes round the servers of equal weight in turn with roundrobin', () => {
    const pool = new Pool({ groups: [group('v1', 100, 3)], balance: 'roundrobin', stickiness: none });
    expect(Array.from({ length: 6 }, () => pool.pick(anonymous())?.server.id)).toEqual([
      'v1-c0',
      'v1-c1',
      'v1-c2',
      'v1-c0',
      'v1-c1',
      'v1-c2',
    ]);
  });

  it('lets roundrobin take any new weight on the fly', () => {
    const pool = new Pool({
      groups: [group('v1', 100, 1), group('v2', 100, 1)],
      balance: 'roundrobin',
      stickiness: none,
    });
    expect(pool.setWeight('v2', 50)).toBe(true);
    expect(groupShares(pool, 300)).toEqual({ v1: 200, v2: 100 });
  });

  it('lets static-rr change a weight on the fly only to 0% or 100% of the initial, as HAProxy does', () => {
    const pool = new Pool({
      groups: [group('v1', 100, 1), group('v2', 100, 1)],
      balance: 'static-rr',
      stickiness: none,
    });
    expect(pool.setWeight('v2', 50)).toBe(false);
    expect(groupShares(pool, 300)).toEqual({ v1: 150, v2: 150 });
    expect(pool.setWeight('v2', 0)).toBe(true);
    expect(groupShares(pool, 300)).toEqual({ v1: 300 });
    expect(pool.setWeight('v2', 100)).toBe(true);
    expect(groupShares(pool, 300)).toEqual({ v1: 150, v2: 150 });
    expect(pool.setWeight('unknown', 0)).toBe(false);
  });

  it('keeps a client address on one server with source', () => {
    const pool = new Pool({ groups: [group('v1', 100, 3), group('v2', 100, 2)], balance: 'source', stickiness: none });
    const first = pool.pick({ clientIp: '203.0.113.7', cookies: {} })?.server.id;
    for (let i = 0; i < 20; i++) expect(pool.pick({ clientIp: '203.0.113.7', cookies: {} })?.server.id).toBe(first);
  });

  it('sends leastconn requests to the server with the fewest in flight, counting releases', () => {
    const pool = new Pool({ groups: [group('v1', 100, 3)], balance: 'leastconn', stickiness: none });
    const held = Array.from({ length: 3 }, () => pool.pick(anonymous())!.server.id);
    expect(new Set(held).size).toBe(3);
    pool.release('v1-c1');
    expect(pool.pick(anonymous())?.server.id).toBe('v1-c1');
    pool.release('v1-c2');
    pool.release('v1-c2');
    pool.release('v1-c2');
    expect(pool.pick(anonymous())?.server.id).toBe('v1-c2');
    // All hold one now: each takes one more before any takes a third.
    expect(new Set(Array.from({ length: 3 }, () => pool.pick(anonymous())?.server.id)).size).toBe(3);
  });

  describe('with an inserted cookie', () => {
    const stickiness: Stickiness = { kind: 'insert', cookie: 'CONTAINERID' };

    it('sets CONTAINERID on the first response and follows it afterwards', () => {
      const pool = new Pool({ groups: [group('v1', 100, 3)], balance: 'roundrobin', stickiness });
      const first = pool.pick(anonymous())!;
      expect(first.setCookie).toBe(`CONTAINERID=${first.server.id}; path=/`);
      for (let i = 0; i < 5; i++) {
        const again = pool.pick({ clientIp: '10.9.9.9', cookies: { CONTAINERID: first.server.id } });
        expect(again).toEqual({ server: first.server, group: first.group });
      }
    });

    it("uses COOKIE's name, such as SRV", () => {
      const pool = new Pool({
        groups: [group('v1', 100, 2)],
        balance: 'roundrobin',
        stickiness: { kind: 'insert', cookie: 'SRV' },
      });
      expect(pool.pick(anonymous())?.setCookie).toBe('SRV=v1-c0; path=/');
      expect(pool.pick({ clientIp: '10.0.0.1', cookies: { SRV: 'v1-c0', CONTAINERID: 'v1-c1' } })?.server.id).toBe(
        'v1-c0',
      );
    });

    it('keeps a sticky client on the old version at weight 0 while a new window reaches the new one', () => {
      const pool = new Pool({ groups: [group('v1', 100, 1), group('v2', 0, 1)], balance: 'roundrobin', stickiness });
      const old = pool.pick(anonymous())!;
      expect(old.group.id).toBe('v1');
      pool.setWeight('v2', 100);
      pool.setWeight('v1', 0);
      expect(pool.pick({ clientIp: '10.0.0.1', cookies: { CONTAINERID: old.server.id } })?.group.id).toBe('v1');
      const fresh = pool.pick(anonymous())!;
      expect(fresh.group.id).toBe('v2');
      expect(fresh.setCookie).toBe('CONTAINERID=v2-c0; path=/');
    });

    it('picks again, and sets a new cookie, when the cookie names a server no longer in the pool', () => {
      const before = new Pool({ groups: [group('v1', 100, 2)], balance: 'roundrobin', stickiness });
      const gone = before.pick(anonymous())!.server.id;
      const after = new Pool({
        groups: [{ ...group('v1', 100, 2), servers: group('v1', 100, 2).servers.filter((s) => s.id !== gone) }],
        balance: 'roundrobin',
        stickiness,
      });
      const repicked = after.pick({ clientIp: '10.0.0.1', cookies: { CONTAINERID: gone } })!;
      expect(repicked.server.id).not.toBe(gone);
      expect(repicked.setCookie).toBe(`CONTAINERID=${repicked.server.id}; path=/`);
    });
  });

  describe('with an application session', () => {
    const stickiness: Stickiness = { kind: 'appsession', cookie: 'JSESSIONID' };

    it('answers a new client with a 52 hex digit JSESSIONID and routes that session to its server', () => {
      const pool = new Pool({ groups: [group('v1', 100, 4)], balance: 'roundrobin', stickiness });
      const first = pool.pick(anonymous())!;
      expect(first.setCookie).toMatch(/^JSESSIONID=[0-9a-f]{52}; path=\/$/);
      const session = first.setCookie!.slice('JSESSIONID='.length, -'; path=/'.length);
      for (let i = 0; i < 5; i++) {
        expect(pool.pick({ clientIp: '10.9.9.9', cookies: { JSESSIONID: session } })).toEqual({
          server: first.server,
          group: first.group,
        });
      }
      const other = pool.pick(anonymous())!;
      expect(other.server.id).not.toBe(first.server.id);
      expect(other.setCookie).not.toBe(first.setCookie);
    });

    it('balances again a session it does not know or has forgotten', () => {
      let n = 0;
      const pool = new Pool({
        groups: [group('v1', 100, 2)],
        balance: 'roundrobin',
        stickiness,
        newSessionId: () => `s${n++}`,
        sessionCapacity: 1,
      });
      expect(pool.pick(anonymous())).toMatchObject({ server: { id: 'v1-c0' }, setCookie: 'JSESSIONID=s0; path=/' });
      expect(pool.pick({ clientIp: '10.0.0.1', cookies: { JSESSIONID: 'made-up' } })?.setCookie).toBe(
        'JSESSIONID=s1; path=/',
      );
      // s0 was forgotten when s1 arrived.
      expect(pool.pick({ clientIp: '10.0.0.1', cookies: { JSESSIONID: 's0' } })?.setCookie).toBe(
        'JSESSIONID=s2; path=/',
      );
    });
  });
});
