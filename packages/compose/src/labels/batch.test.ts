import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../analyze.ts';
import { findings, yaml } from '../../testing/analysis.ts';

const job = (jobLabels: string[], serviceLines: string[] = []) =>
  yaml(
    "version: '2'",
    'labels:',
    ...jobLabels.map((l) => `  ${l}`),
    'services:',
    '  s1:',
    '    image: busybox',
    ...serviceLines.map((l) => `    ${l}`),
  );

describe('offline jobs (aliyun.project_type: batch)', () => {
  it('makes the template a batch job, with retry_count 3 and remove-finished by default', () => {
    const analysis = analyzeTemplate(job(['aliyun.project_type: "batch"']));
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.job).toEqual({ type: 'batch' });
    expect(analysis.services[0]?.aliyun.task).toEqual({ retryCount: 3, removeContainers: 'remove-finished' });
  });

  it('reads retry_count and each remove_containers policy', () => {
    for (const policy of ['remove-finished', 'remove-failed', 'remove-all', 'remove-none']) {
      const source = job(
        ['aliyun.project_type: "batch"'],
        ['labels:', '  aliyun.retry_count: "20"', `  aliyun.remove_containers: ${policy}`],
      );
      expect(analyzeTemplate(source).services[0]?.aliyun.task).toEqual({ retryCount: 20, removeContainers: policy });
    }
  });

  it('reports a remove_containers policy the guide does not list', () => {
    const source = job(['aliyun.project_type: "batch"'], ['labels:', '  aliyun.remove_containers: remove-some']);
    expect(findings(source)).toEqual(['error remove-containers-invalid 8:33-8:44']);
  });

  it('reports a retry_count that is not a whole number (boundary 0 accepted)', () => {
    expect(findings(job(['aliyun.project_type: "batch"'], ['labels:', '  aliyun.retry_count: "0"']))).toEqual([]);
    expect(findings(job(['aliyun.project_type: "batch"'], ['labels:', '  aliyun.retry_count: "-1"']))).toEqual([
      'error retry-count-invalid 8:27-8:31',
    ]);
  });

  it('considers any other project_type an online application, with a warning', () => {
    const analysis = analyzeTemplate(job(['aliyun.project_type: "online"']));
    expect(analysis.job).toEqual({ type: 'online' });
    expect(findings(job(['aliyun.project_type: "online"']))).toEqual(['warning project-type-not-batch 3:24-3:32']);
  });

  it('warns that task labels do nothing in an online application', () => {
    const source = yaml(
      "version: '2'",
      'services:',
      '  s1:',
      '    image: busybox',
      '    labels:',
      '      aliyun.retry_count: "3"',
    );
    expect(findings(source)).toEqual(['warning batch-label-online 6:7-6:25']);
  });

  it('says that any value of restart will be changed to no', () => {
    const source = job(['aliyun.project_type: "batch"'], ['restart: always']);
    expect(findings(source)).toEqual(['warning batch-restart 7:14-7:20']);
    expect(analyzeTemplate(source).services[0]?.restart).toBe('no');
    expect(findings(job(['aliyun.project_type: "batch"'], ['restart: no']))).toEqual([]);
  });

  it('supports Docker Compose version 2 only', () => {
    const source = yaml('labels:', '  aliyun.project_type: "batch"', 's1:', '  image: busybox');
    expect(findings(source)).toEqual(['error batch-requires-v2 1:1-1:7']);
    expect(analyzeTemplate(source).services.map((s) => s.name)).toEqual(['s1']);
  });

  it('puts job labels at the job level, not on a service', () => {
    const source = yaml(
      "version: '2'",
      'services:',
      '  s1:',
      '    image: busybox',
      '    labels:',
      '      aliyun.project_type: batch',
    );
    expect(findings(source)).toEqual(['error job-label-on-service 6:7-6:26']);
  });
});

describe('timing tasks (aliyun.schedule)', () => {
  it('implies batch, in Beijing time', () => {
    const analysis = analyzeTemplate(job(['aliyun.schedule: "0-59/30 * * * *"']));
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.job).toEqual({
      type: 'batch',
      schedule: { expression: '0-59/30 * * * *', timeZone: 'Asia/Shanghai' },
    });
  });

  it('reports a schedule that is not a crontab', () => {
    expect(findings(job(['aliyun.schedule: "every 30 seconds"']))).toEqual(['error schedule-format 3:20-3:38']);
  });

  it('cannot be an online application', () => {
    expect(findings(job(['aliyun.project_type: online', 'aliyun.schedule: "@daily"']))).toEqual([
      'error schedule-not-batch 3:24-3:30',
    ]);
  });
});
