import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from './analyze.ts';
import { describeDiagnostic } from '../testing/analysis.ts';
import { GUIDE_TEMPLATES } from '../testing/guide-templates.ts';

describe('the templates of the user guide', () => {
  it.each(GUIDE_TEMPLATES.map((g) => [g.section, g] as const))('%s', (_section, template) => {
    expect(analyzeTemplate(template.source).diagnostics.map(describeDiagnostic)).toEqual(template.expected);
  });

  it('normalise as the guide describes them', () => {
    const [wordpress] = GUIDE_TEMPLATES;
    const web = analyzeTemplate(wordpress?.source ?? '').services[0];
    expect(web).toMatchObject({
      name: 'web',
      image: 'wordpress:4.2',
      scale: 3,
      restart: 'always',
      links: [{ target: 'db', alias: 'mysql' }],
      aliyun: {
        probe: { kind: 'http', port: 80, path: '/license.txt', initialDelaySeconds: 10 },
        logStores: { wordpress: 'stdout' },
        routing: [
          {
            containerPort: 80,
            domains: [{ host: 'wordpress' }, { host: 'www.example.com' }, { scheme: 'https', host: 'www.nice.com' }],
          },
        ],
      },
    });
    const job = GUIDE_TEMPLATES.find((g) => g.section.startsWith('Run offline tasks'));
    const analysis = analyzeTemplate(job?.source ?? '');
    expect(analysis.job).toEqual({ type: 'batch' });
    expect(analysis.services.map((s) => [s.name, s.scale, s.restart, s.aliyun.task, s.dependsOn])).toEqual([
      ['s1', 10, 'no', { retryCount: 20, removeContainers: 'remove-all' }, []],
      ['s2', 4, undefined, { retryCount: 20, removeContainers: 'remove-finished' }, ['s1']],
    ]);
  });
});
