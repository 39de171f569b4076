import { describe, expect, it } from 'vitest';
import { withCode, withLabels, findings, yaml } from '../../testing/analysis.ts';
import { isKnownLabel } from './catalog.ts';

describe('unknown aliyun.* labels', () => {
  it('warns about a misspelt prefix with a did-you-mean, as in the guide (aiyun.scale)', () => {
    const [warning] = withCode(withLabels(["aiyun.scale: '1'"]), 'unknown-aliyun-label');
    expect(warning).toMatchObject({ severity: 'warning', line: 4, column: 5, endLine: 4, endColumn: 16 });
    expect(warning?.message).toContain('Did you mean `aliyun.scale`?');
  });

  it.each([
    ['aliyun.scal', 'aliyun.scale'],
    ['aliyun.probe.urls', 'aliyun.probe.url'],
    ['aliyun.routing.port80', 'aliyun.routing.port_80'],
    ['aliyun.parallelism', 'aliyun.rolling_updates.parallelism'],
    ['aliyun.proxy.VIRTUALHOST', 'aliyun.proxy.VIRTUAL_HOST'],
  ])('suggests %s → %s', (label, suggestion) => {
    const [warning] = withCode(withLabels([`${label}: "1"`]), 'unknown-aliyun-label');
    expect(warning?.message).toContain(`Did you mean \`${suggestion}\`?`);
  });

  it('says nothing about labels outside aliyun.*', () => {
    expect(findings(withLabels(['traefik.enable: "true"', 'com.example.team: web']))).toEqual([]);
  });

  it('warns about a label set twice in a list', () => {
    const source = yaml('web:', '  image: nginx', '  labels:', '    - aliyun.scale=2', '    - aliyun.scale=3');
    expect(findings(source)).toEqual(['warning duplicate-label 5:7-5:19']);
  });

  it('knows the documented labels and families', () => {
    for (const label of [
      'aliyun.scale',
      'aliyun.routing.port_8080',
      'aliyun.lb.port_53',
      'aliyun.log_store_mysql',
      'aliyun.proxy.TCP_PORTS',
      'aliyun.customAddon',
    ])
      expect(isKnownLabel(label, 'service')).toBe(true);
    expect(isKnownLabel('aliyun.schedule', 'job')).toBe(true);
    expect(isKnownLabel('aliyun.schedule', 'service')).toBe(false);
  });

  it('warns about a service label among the job labels', () => {
    const source = yaml("version: '2'", 'labels:', '  aliyun.scale: "2"', 'services:', '  s:', '    image: x');
    expect(findings(source)).toEqual(['warning service-label-on-job 3:3-3:15']);
  });
});
