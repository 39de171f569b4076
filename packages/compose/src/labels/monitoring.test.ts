import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels } from '../../testing/analysis.ts';

describe('aliyun.monitoring.*', () => {
  it('reads the custom HTTP monitoring interface and its tags, as in the guide sample', () => {
    const source = withLabels([
      'aliyun.monitoring.http: "http://container:3000/metrics/data"',
      'aliyun.monitoring.tags: "tag1,tag2"',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.monitoring).toEqual({
      http: 'http://container:3000/metrics/data',
      tags: ['tag1', 'tag2'],
      addons: {},
    });
  });

  it('reads a custom monitoring script', () => {
    expect(firstService(withLabels(['aliyun.monitoring.script: "sh gather_mem.sh"'])).aliyun.monitoring?.script).toBe(
      'sh gather_mem.sh',
    );
  });

  it('reports an HTTP interface that is not http://container…', () => {
    expect(findings(withLabels(['aliyun.monitoring.http: "http://localhost:3000/m"']))).toEqual([
      'error monitoring-http 4:29-4:54',
    ]);
  });

  it('warns about tags without the HTTP interface', () => {
    expect(findings(withLabels(['aliyun.monitoring.tags: "a"']))).toEqual([
      'warning monitoring-tags-without-http 4:5-4:27',
    ]);
  });

  it('needs addon values in the format of schema:hostIp:port', () => {
    expect(findings(withLabels(['aliyun.monitoring.addon.influxdb: "http://60.205.150.64:8086"']))).toEqual([]);
    expect(findings(withLabels(['aliyun.monitoring.addon.prometheus: "60.205.150.64"']))).toEqual([
      'error monitoring-addon 4:41-4:56',
    ]);
  });
});
