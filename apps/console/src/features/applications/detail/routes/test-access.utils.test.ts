import { describe, expect, it } from 'vitest';
import type { TestAccessResult } from '@cs/contracts';
import { NO_CONTAINER_COLOR, answerTags, serviceBars, statusTagColor } from './test-access.utils.ts';

const result: TestAccessResult = {
  url: 'http://nginx.example.com/',
  total: 200,
  statuses: [
    { status: 200, count: 180 },
    { status: 503, count: 20 },
  ],
  containers: [
    { containerId: 'c3', containerName: 'app_nginx-v2_1', serviceName: 'nginx-v2', count: 90 },
    { containerId: 'c2', containerName: 'app_nginx-v1_2', serviceName: 'nginx-v1', count: 50 },
    { containerId: 'c1', containerName: 'app_nginx-v1_1', serviceName: 'nginx-v1', count: 40 },
  ],
  sequence: ['app_nginx-v1_1', 'app_nginx-v2_1', '', 'app_nginx-v1_2'],
};

describe('statusTagColor', () => {
  it('is green for success and red for server errors', () => {
    expect([200, 204, 302, 404, 503, 100].map(statusTagColor)).toEqual([
      'green',
      'green',
      'blue',
      'orange',
      'red',
      'default',
    ]);
  });
});

describe('serviceBars', () => {
  it('groups the containers by service, with their share of all requests, in the release colours', () => {
    const bars = serviceBars(
      result,
      new Map([
        ['nginx-v1', 'blue'],
        ['nginx-v2', 'green'],
      ]),
    );
    expect(bars).toEqual([
      {
        serviceName: 'nginx-v1',
        color: '#1677ff',
        count: 90,
        containers: [
          { containerName: 'app_nginx-v1_1', count: 40, percent: 20 },
          { containerName: 'app_nginx-v1_2', count: 50, percent: 25 },
        ],
      },
      {
        serviceName: 'nginx-v2',
        color: '#52c41a',
        count: 90,
        containers: [{ containerName: 'app_nginx-v2_1', count: 90, percent: 45 }],
      },
    ]);
  });

  it('gives services outside a release different colours, and a result of no requests no shares', () => {
    const [a, b] = serviceBars(result, new Map());
    expect(a!.color).not.toBe(b!.color);
    expect(serviceBars({ ...result, total: 0 }, new Map())[0]!.containers[0]!.percent).toBe(0);
  });
});

describe('answerTags', () => {
  it('tags the first answers in order in their service colour, and unanswered requests as none', () => {
    const bars = serviceBars(
      result,
      new Map([
        ['nginx-v1', 'blue'],
        ['nginx-v2', 'green'],
      ]),
    );
    expect(answerTags(result, bars, 3)).toEqual([
      { label: 'app_nginx-v1_1', color: '#1677ff' },
      { label: 'app_nginx-v2_1', color: '#52c41a' },
      { label: 'none', color: NO_CONTAINER_COLOR },
    ]);
  });
});
