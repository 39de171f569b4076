import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogsDto } from '@cs/contracts';
import { LOG_RETENTION_MS, MAX_LINES_PER_READ, MAX_LOG_CONTAINERS } from '../services/logs/log-bounds.ts';
import { deployApplication } from '../testing/application-fixtures.ts';
import { MINUTE } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const DAY = 24 * 60 * MINUTE;
const TEMPLATE = ['web:', '  image: nginx:1.10', '  labels:', '    aliyun.scale: "60"', ''].join('\n');

describe('log views are bounded: containers read, lines derived, retention', () => {
  let t: TestServer;
  let cookie: string;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    ({ applicationId } = await deployApplication(t, cookie, { name: 'busy', template: TEMPLATE, minutes: 10 }));
  }, 60_000);
  afterAll(() => t.close());

  const logs = async (query: Record<string, string | number> = {}) =>
    (await t.http.get(`/api/v1/applications/${applicationId}/logs`).query(query).set('Cookie', cookie).expect(200))
      .body as LogsDto;

  it('reads the first containers by name and says how many there are', async () => {
    const answer = await logs({ tail: 10_000 });
    expect(answer.containersTotal).toBe(60);
    expect(answer.containersShown).toBe(MAX_LOG_CONTAINERS);
    expect(answer.containers.map((c) => c.name)).toEqual(
      Array.from({ length: MAX_LOG_CONTAINERS }, (_, i) => `busy_web_${i + 1}`),
    );
    expect(answer.tailPerContainer).toBe(MAX_LINES_PER_READ / MAX_LOG_CONTAINERS);
    expect(answer.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_READ);
    expect(new Set(answer.lines.map((l) => l.containerName)).has('busy_web_55')).toBe(false);
    const late = await logs({ container: 'busy_web_55', tail: 10_000 });
    expect(late.containersShown).toBe(1);
    expect(late.tailPerContainer).toBe(10_000);
    expect(new Set(late.lines.map((l) => l.containerName))).toEqual(new Set(['busy_web_55']));
  });

  it('keeps no line older than the retention, whatever the start time asks', async () => {
    await t.advance(6 * DAY);
    const answer = await logs({ container: 'busy_web_1', tail: 10_000, since: '2020-01-01T00:00:00Z' });
    expect(Date.parse(answer.to) - Date.parse(answer.oldest)).toBe(LOG_RETENTION_MS);
    expect(answer.lines.length).toBeGreaterThan(0);
    expect(answer.lines.every((l) => Date.parse(l.time) >= Date.parse(answer.oldest))).toBe(true);
  });
});
