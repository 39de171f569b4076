import { describe, expect, it } from 'vitest';
import type { OperationLogDto } from '@cs/contracts';
import { operationLogParams, operationLogQuery, readOperationLogView, resourcePath } from './operation-logs.utils.ts';

const record = (overrides: Partial<OperationLogDto>): OperationLogDto => ({
  id: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  requestId: 'r1',
  method: 'POST',
  action: 'Create Cluster',
  result: 'Succeeded',
  ...overrides,
});

describe('the Operation Logs view in the URL', () => {
  it('reads the filters it knows and drops what is not a valid value', () => {
    const view = readOperationLogView(
      new URLSearchParams('page=3&kind=cluster&result=Failed&user=%20admin%20&from=2026-03-01T08:00&to=soon&q=web'),
    );
    expect(view).toEqual({
      page: 3,
      resourceKind: 'cluster',
      result: 'Failed',
      user: 'admin',
      from: '2026-03-01T08:00',
      q: 'web',
    });
    expect(readOperationLogView(new URLSearchParams('page=-2&kind=planet&result=Maybe'))).toEqual({ page: 1 });
  });

  it('writes a view back to the same parameters, leaving the defaults out', () => {
    const params = new URLSearchParams('kind=node&result=Succeeded&q=abc&page=2');
    expect(operationLogParams(readOperationLogView(params)).toString()).toBe('page=2&kind=node&result=Succeeded&q=abc');
    expect(operationLogParams({ page: 1 }).toString()).toBe('');
  });

  it('asks the API for the range as instants, the end minute included whole', () => {
    const from = '2026-03-01T08:00';
    const query = operationLogQuery({ page: 1, from, to: from });
    expect(Date.parse(query.to!) - Date.parse(query.from!)).toBe(59_999);
    expect(query.from).toBe(new Date(from).toISOString());
    expect(query).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe('resourcePath', () => {
  it('links the kinds that have a page, and nothing else', () => {
    expect(resourcePath(record({ resourceKind: 'cluster', resourceId: 'c1' }))).toBe('/clusters/c1');
    expect(resourcePath(record({ resourceKind: 'node', resourceId: 'n1', clusterId: 'c1' }))).toBe(
      '/nodes?clusterId=c1',
    );
    expect(resourcePath(record({ resourceKind: 'service', resourceId: 's/1' }))).toBe('/services/s%2F1');
    expect(resourcePath(record({ resourceKind: 'session' }))).toBeUndefined();
    expect(resourcePath(record({ resourceKind: 'network', resourceId: 'x' }))).toBeUndefined();
  });
});
