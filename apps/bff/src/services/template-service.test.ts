import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@cs/domain';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { TemplateService } from './template-service.ts';
import { SAMPLE_TEMPLATES } from './templates/samples.ts';

const sample = (name: string, content: string) => ({ id: `sample-${name}`, name, description: name, content });

describe('TemplateService.seedSamples', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  const stored = async () =>
    (await t.server.store.resources.listInScope<Template>('template', 'samples')).map((s) => [
      s.metadata.name,
      s.spec.content,
    ]);

  it('seeds the guide samples once: a restart writes nothing', async () => {
    expect((await stored()).map(([name]) => name).sort()).toEqual(SAMPLE_TEMPLATES.map((s) => s.name).sort());
    const before = await t.server.store.resources.latestChangeId();
    t = await t.restart();
    expect(await t.server.store.resources.latestChangeId()).toBe(before);
  });

  it('makes the stored samples what the code says: adds, rewrites and removes', async () => {
    const now = () => t.clock.now();
    await new TemplateService(t.server.store, now, t.server.analysis, [
      sample('a', 'a:\n  image: nginx\n'),
    ]).seedSamples();
    expect(await stored()).toEqual([['a', 'a:\n  image: nginx\n']]);
    await new TemplateService(t.server.store, now, t.server.analysis, [
      sample('a', 'a:\n  image: redis\n'),
      sample('b', 'b:\n  image: mysql\n'),
    ]).seedSamples();
    expect(await stored()).toEqual([
      ['a', 'a:\n  image: redis\n'],
      ['b', 'b:\n  image: mysql\n'],
    ]);
    const a = await t.server.store.resources.get<Template>('template', 'sample-a');
    expect(a.status.services).toEqual([{ name: 'a', image: 'redis' }]);
  });

  it('lets two replicas seed at once', async () => {
    await t.server.store.resources.applyChanges({
      removes: (await t.server.store.resources.listAll<Template>('template')).map((s) => ({
        kind: 'template',
        id: s.metadata.id,
        expectedVersion: s.metadata.resourceVersion,
      })),
      events: [],
    });
    const now = () => t.clock.now();
    await Promise.all([
      new TemplateService(t.server.store, now, t.server.analysis).seedSamples(),
      new TemplateService(t.server.store, now, t.server.analysis).seedSamples(),
    ]);
    expect(await stored()).toHaveLength(SAMPLE_TEMPLATES.length);
  });
});
