import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels } from '../../testing/analysis.ts';
import { parseProbeUrl } from './probe.ts';

describe('aliyun.probe.*', () => {
  it('reads a URL probe with its timings, as in the guide example', () => {
    const source = withLabels([
      'aliyun.probe.url: http://container/ping',
      'aliyun.probe.timeout_seconds: "10"',
      'aliyun.probe.initial_delay_seconds: "3"',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.probe).toEqual({
      kind: 'http',
      port: 80,
      path: '/ping',
      timeoutSeconds: 10,
      initialDelaySeconds: 3,
    });
  });

  it('reads a shell-script probe', () => {
    const source = withLabels(['aliyun.probe.cmd: health_check.sh', 'aliyun.probe.initial_delay_seconds: "3"']);
    expect(firstService(source).aliyun.probe).toEqual({
      kind: 'cmd',
      command: 'health_check.sh',
      initialDelaySeconds: 3,
    });
  });

  it('allows only one of url and cmd, reporting the later one', () => {
    const source = withLabels(['aliyun.probe.url: tcp://container:3306', 'aliyun.probe.cmd: /check.sh']);
    expect(findings(source)).toEqual(['error probe-exclusive 5:5-5:21']);
  });

  it.each([
    ['http://container:8080/ping', { kind: 'http', port: 8080, path: '/ping' }],
    ['http://container/license.txt', { kind: 'http', port: 80, path: '/license.txt' }],
    ['http://container:80', { kind: 'http', port: 80, path: '/' }],
    ['tcp://container:3306', { kind: 'tcp', port: 3306 }],
    ['tcp://container:65535', { kind: 'tcp', port: 65535 }],
  ])('accepts %s', (url, expected) => {
    expect(parseProbeUrl(url)).toEqual(expected);
  });

  it.each([
    'tcp://container',
    'tcp://container:3306/path',
    'tcp://container:65536',
    'http://container:0/ping',
    'https://container/ping',
    'http://localhost:8080/ping',
    'container:8080',
  ])('rejects %s', (url) => {
    expect(parseProbeUrl(url)).toBeUndefined();
    expect(findings(withLabels([`aliyun.probe.url: ${url}`]))).toEqual([`error probe-url 4:23-4:${23 + url.length}`]);
  });

  it('reports non-numeric seconds', () => {
    expect(findings(withLabels(['aliyun.probe.url: http://container/', 'aliyun.probe.timeout_seconds: ten']))).toEqual([
      'error probe-seconds 5:35-5:38',
    ]);
  });

  it('warns that other probe labels are ignored without url or cmd', () => {
    expect(findings(withLabels(['aliyun.probe.timeout_seconds: "10"']))).toEqual(['warning probe-ignored 4:5-4:33']);
  });

  it('reports an empty command', () => {
    expect(findings(withLabels(['aliyun.probe.cmd: ""']))).toEqual(['error probe-cmd 4:23-4:25']);
  });
});
