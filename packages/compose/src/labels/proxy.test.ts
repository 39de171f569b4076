import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels } from '../../testing/analysis.ts';

describe('aliyun.proxy.* (custom routing)', () => {
  it('reads virtual hosts with the default ports of their schemes', () => {
    const source = withLabels([
      'aliyun.proxy.VIRTUAL_HOST: "http://appone.example.com, https://*.example.com/path*, ws.example.com:90"',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.proxy?.virtualHosts).toEqual([
      { scheme: 'http', domain: 'appone.example.com', port: 80 },
      { scheme: 'https', domain: '*.example.com', port: 443, path: '/path*' },
      { scheme: 'http', domain: 'ws.example.com', port: 90 },
    ]);
  });

  it('reads required, TCP ports with /ssl and excluded ports', () => {
    const source = withLabels([
      'aliyun.proxy.required: "true"',
      'aliyun.proxy.TCP_PORTS: "9000, 2222/ssl"',
      'aliyun.proxy.EXCLUDE_PORTS: "3306, 3307"',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.proxy).toMatchObject({
      required: true,
      tcpPorts: [
        { port: 9000, ssl: false },
        { port: 2222, ssl: true },
      ],
      excludePorts: [3306, 3307],
    });
  });

  it('reports a virtual host with an unsupported scheme', () => {
    expect(findings(withLabels(['aliyun.proxy.VIRTUAL_HOST: "ftp://a.com"']))).toEqual([
      'error proxy-virtual-host 4:32-4:45',
    ]);
  });

  it('reports a balance algorithm the guide does not list', () => {
    expect(findings(withLabels(['aliyun.proxy.BALANCE: random']))).toEqual(['error proxy-balance 4:27-4:33']);
  });

  it('reports ports and integers that are not', () => {
    expect(findings(withLabels(['aliyun.proxy.TCP_PORTS: "9000/tls"']))).toEqual(['error proxy-ports 4:29-4:39']);
    expect(findings(withLabels(['aliyun.proxy.VIRTUAL_HOST_WEIGHT: high']))).toEqual(['error proxy-integer 4:39-4:43']);
  });
});
