import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../testing/app-routes.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { CONSOLE_OPERATIONS, DOCKER_OPERATIONS, operationMatcher } from './operation-routes.ts';

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'];

describe('the operation table', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t.close());

  it('names every mutating route of the console API, so a new route without an action fails here', () => {
    const routes = listRoutes(t.server.app)
      .filter((r) => MUTATING.includes(r.method) && r.path.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${r.path.slice('/api/v1'.length)}`);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !(r in CONSOLE_OPERATIONS))).toEqual([]);
  });

  it("names every mutating route of a cluster's Docker endpoint", () => {
    const routes = listRoutes(t.server.dockerApp('c1'))
      .filter((r) => MUTATING.includes(r.method))
      .map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((r) => !(r in DOCKER_OPERATIONS))).toEqual([]);
  });

  it('matches a request to its entry and its path parameters, one segment each', () => {
    const match = operationMatcher(CONSOLE_OPERATIONS);
    expect(match('DELETE', '/clusters/c1/nodes/n-2')).toEqual({
      route: CONSOLE_OPERATIONS['DELETE /clusters/:id/nodes/:nodeId'],
      params: { id: 'c1', nodeId: 'n-2' },
    });
    // What cannot be an id (a NUL, a slash, an overlong one) names no resource.
    for (const odd of ['n%002', 'n%2F2', 'x'.repeat(129)])
      expect(match('DELETE', `/clusters/c1/nodes/${odd}`)?.params).toEqual({ id: 'c1' });
    expect(match('POST', '/clusters/c1/tags/delete')?.route.action).toBe('Delete User Tag');
    expect(match('POST', '/clusters/c1/tags')?.route.action).toBe('Add User Tag');
    expect(match('POST', '/clusters/c1/x/expand')).toBeUndefined();
    expect(match('GET', '/clusters/c1')).toBeUndefined();
  });
});
