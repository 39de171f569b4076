import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../analyze.ts';
import { findings, firstService, withCode, withLabels, yaml } from '../../testing/analysis.ts';
import { lbServices } from '../../testing/pathological.ts';

const lb = (value: string, ports = ['"80:80"']) =>
  withLabels([`aliyun.lb.port_80: ${value}`], ['ports:', ...ports.map((p) => `  - ${p}`)]);
/** Line and column of the lb label's value when one port line precedes the labels. */
const AT = '6:24';

describe('aliyun.lb.port_$container_port', () => {
  it('reads the four lb labels of the guide example, each bound to its host port', () => {
    const source = yaml(
      'web:',
      '  image: wordpress:4.2',
      '  ports:',
      '    - 80:80',
      '    - 9999:9999',
      '    - 8080:8080',
      '    - 53:53/udp',
      '  labels:',
      '    aliyun.lb.port_80: http://slb_example_name:8080',
      '    aliyun.lb.port_9999: tcp://slb_example_name:9999',
      '    aliyun.lb.port_8080: https://14a7ba06d3b-cn-hangzhou-dg-a01:80',
      '    aliyun.lb.port_53: udp://14a7ba06d3b-cn-hangzhou-dg-a01:53',
    );
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.lb).toEqual([
      {
        label: 'aliyun.lb.port_80',
        containerPort: 80,
        scheme: 'http',
        instance: 'slb_example_name',
        frontPort: 8080,
        hostPort: 80,
      },
      {
        label: 'aliyun.lb.port_9999',
        containerPort: 9999,
        scheme: 'tcp',
        instance: 'slb_example_name',
        frontPort: 9999,
        hostPort: 9999,
      },
      {
        label: 'aliyun.lb.port_8080',
        containerPort: 8080,
        scheme: 'https',
        instance: '14a7ba06d3b-cn-hangzhou-dg-a01',
        frontPort: 80,
        hostPort: 8080,
      },
      {
        label: 'aliyun.lb.port_53',
        containerPort: 53,
        scheme: 'udp',
        instance: '14a7ba06d3b-cn-hangzhou-dg-a01',
        frontPort: 53,
        hostPort: 53,
      },
    ]);
  });

  it('reports a value not in the form $scheme://[$slb_name|$slb_id]:$front_port', () => {
    expect(findings(lb('slb_example_name:8080'))).toEqual([`error lb-format ${AT}-6:45`]);
    expect(findings(lb('tcp://slb_example_name'))).toEqual([`error lb-format ${AT}-6:46`]);
  });

  it('supports the schemes tcp, http, https and udp only', () => {
    expect(findings(lb('ws://slb:80'))).toEqual([`error lb-scheme ${AT}-6:35`]);
  });

  it('limits the instance name to 1~80 letters, numbers, -, /, . and _ (boundary 80 / 81)', () => {
    expect(findings(lb(`tcp://${'a'.repeat(80)}:80`))).toEqual([]);
    expect(findings(lb(`tcp://${'a'.repeat(81)}:80`))).toEqual([`error lb-name ${AT}-6:${24 + 6 + 81 + 3}`]);
    expect(findings(lb('tcp://slb#1:80'))).toEqual([`error lb-name ${AT}-6:38`]);
    expect(findings(lb('tcp://a-b/c.d_e:80'))).toEqual([]);
  });

  it('limits the container port and the front port to 1~65535 (boundaries)', () => {
    expect(findings(lb('tcp://slb:65535'))).toEqual([]);
    expect(findings(lb('tcp://slb:65536'))).toEqual([`error lb-front-port ${AT}-6:39`]);
    expect(findings(lb('tcp://slb:0'))).toEqual([`error lb-front-port ${AT}-6:35`]);
    expect(findings(withLabels(['aliyun.lb.port_0: tcp://slb:80'], ['ports:', '  - "80:80"']))).toEqual([
      'error lb-port 6:5-6:21',
    ]);
  });

  it('requires a host port for the container port in ports', () => {
    expect(findings(lb('tcp://slb:80', ['"80"']))).toEqual(['error lb-host-port-required 6:5-6:22']);
    expect(findings(withLabels(['aliyun.lb.port_80: tcp://slb:80']))).toEqual(['error lb-host-port-required 4:5-4:22']);
  });

  it('does not require it when a ports entry still holds an unset variable', () => {
    expect(findings(lb('tcp://slb:80', ['"${HOST_PORT}:80"']))).toEqual([]);
  });

  it('requires the mapping of the same protocol (udp for udp)', () => {
    expect(findings(lb('udp://slb:53', ['"80:80/udp"']))).toEqual([]);
    expect(findings(lb('udp://slb:53', ['"80:80"']))).toEqual(['error lb-host-port-required 6:5-6:22']);
  });

  it('finds the host port inside a port range', () => {
    const source = lb('tcp://slb:80', ['"8000-8100:0-100"']);
    expect(findings(source)).toEqual(['error invalid-port 4:7-4:24', 'error lb-host-port-required 6:5-6:22']);
    const range = lb('tcp://slb:80', ['"8070-8090:70-90"']);
    expect(firstService(range).aliyun.lb[0]?.hostPort).toBe(8080);
  });

  it('does not let several services share one Server Load Balancer instance', () => {
    const source = yaml(
      'a:',
      '  image: nginx',
      '  ports: ["80:80"]',
      '  labels: {aliyun.lb.port_80: "tcp://slb:80"}',
      'b:',
      '  image: nginx',
      '  ports: ["81:81"]',
      '  labels: {aliyun.lb.port_81: "tcp://slb:81"}',
    );
    expect(findings(source)).toEqual(['error lb-shared-instance 8:31-8:45']);
  });

  it('reports a host port that another service maps too', () => {
    const source = yaml(
      'a:',
      '  image: nginx',
      '  ports: ["80:80"]',
      '  labels: {aliyun.lb.port_80: "tcp://slb_a:80"}',
      'b:',
      '  image: nginx',
      '  ports: ["80:8080"]',
    );
    expect(findings(source)).toEqual(['error lb-host-port-conflict 4:31-4:47']);
  });

  it('finds the real host port conflicts among 10,000 services, ranges and protocols included', () => {
    const extra = [
      '  range:',
      '    image: nginx',
      '    ports: ["15000-15100:15000-15100", "12000:12000/udp"]',
      '  other:',
      '    image: nginx',
      '    ports: ["13000:80", "18999:80"]',
    ];
    const source = lbServices(10_000) + yaml(...extra);
    const conflicts = withCode(source, 'lb-host-port-conflict');
    const named = (d: (typeof conflicts)[number]) => [d.path[1], /service `(\w+)`/.exec(d.message)?.[1]];
    expect(conflicts.map(named)).toEqual([
      ['s3000', 'other'],
      ...Array.from({ length: 101 }, (_, i) => [`s${5000 + i}`, 'range']),
      ['s8999', 'other'],
    ]);
    expect(analyzeTemplate(source).diagnostics.filter((d) => d.code !== 'lb-host-port-conflict')).toEqual([]);
  });
});
