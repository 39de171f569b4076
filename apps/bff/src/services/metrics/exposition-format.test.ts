import { describe, expect, it } from 'vitest';
import { influxLines } from './influx-format.ts';
import type { MetricsSnapshot } from './metrics-snapshot.ts';
import { prometheusText } from './prometheus-format.ts';

const values = { cpu: 12.5, memory: 1024, networkRx: 1, networkTx: 2, diskRead: 3, diskWrite: 4 };
const hostile = 'we"b\\x\nnext, a=b';
const snapshot: MetricsSnapshot = {
  at: Date.parse('2026-12-01T00:00:00Z'),
  containers: [
    {
      labels: { cluster_id: 'c1', node: 'node1', container_name: 'app_web_1', service: hostile, application: 'app' },
      values,
    },
  ],
  nodes: [{ labels: { cluster_id: 'c1', node: 'node1' }, values }],
  cluster: { labels: { cluster_id: 'c1' }, values },
  custom: [
    {
      measurement: 'gather-mem',
      field: 'used bytes',
      tags: { '1tag': 'v' },
      labels: { cluster_id: 'c1', container_name: 'app_web_1' },
      value: 7,
    },
  ],
};

describe('expositions', () => {
  it('escape Prometheus label values and make names of free text', async () => {
    const text = await prometheusText(snapshot);
    expect(text).toContain('service="we\\"b\\\\x\\nnext, a=b"');
    expect(text).toContain('custom_gather_mem_used_bytes{_1tag="v",cluster_id="c1",container_name="app_web_1"} 7');
    expect(text.split('\n').filter((l) => l.startsWith('# TYPE container_cpu_usage_percent'))).toHaveLength(1);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escape InfluxDB tag values and date lines in nanoseconds', () => {
    const lines = influxLines(snapshot).trim().split('\n');
    expect(lines[0]).toBe(
      'docker_container_cpu,application=app,cluster_id=c1,container_name=app_web_1,host=node1,service=we"b\\\\x\\nnext\\,\\ a\\=b usage_percent=12.5 1796083200000000000',
    );
    expect(lines.at(-1)).toBe(
      'gather-mem,1tag=v,cluster_id=c1,container_name=app_web_1 used\\ bytes=7 1796083200000000000',
    );
  });
});
