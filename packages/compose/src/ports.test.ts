import { describe, expect, it } from 'vitest';
import { findings, firstService, yaml } from '../testing/analysis.ts';
import { parsePortMapping } from './ports.ts';

describe('ports', () => {
  it.each([
    ['80', { containerPort: 80, count: 1, protocol: 'tcp' }],
    ['80:80', { hostPort: 80, containerPort: 80, count: 1, protocol: 'tcp' }],
    ['8080:80/tcp', { hostPort: 8080, containerPort: 80, count: 1, protocol: 'tcp' }],
    ['53:53/udp', { hostPort: 53, containerPort: 53, count: 1, protocol: 'udp' }],
    ['127.0.0.1:8001:8001', { hostIp: '127.0.0.1', hostPort: 8001, containerPort: 8001, count: 1, protocol: 'tcp' }],
    ['127.0.0.1::5000', { hostIp: '127.0.0.1', containerPort: 5000, count: 1, protocol: 'tcp' }],
    ['9090-9091:8080-8081', { hostPort: 9090, containerPort: 8080, count: 2, protocol: 'tcp' }],
    ['3000-3005', { containerPort: 3000, count: 6, protocol: 'tcp' }],
    ['65535:1', { hostPort: 65535, containerPort: 1, count: 1, protocol: 'tcp' }],
  ])('parses %s', (text, expected) => {
    expect(parsePortMapping(text)).toEqual(expected);
  });

  it.each(['0', '65536', '80:80/sctp', ':80', '80:', '1-2:3-5', 'a:80', '1:2:3:4', '90-80'])('rejects %s', (text) => {
    expect(parsePortMapping(text)).toBeUndefined();
  });

  it('reads numbers and strings, and reports malformed entries at their position', () => {
    const source = yaml('web:', '  image: x', '  ports:', '    - 80', '    - "8080:80/tcp"', '    - 80:80/sctp');
    expect(firstService(source).ports.map((p) => p.containerPort)).toEqual([80, 80]);
    expect(findings(source)).toEqual(['error invalid-port 6:7-6:17']);
  });

  it('does not allow the host ports 9080, 2376 and 3376', () => {
    const source = yaml(
      'web:',
      '  image: x',
      '  ports:',
      '    - "9080:80"',
      '    - "2370-2380:2370-2380"',
      '    - "3376"',
      '    - "9079:80"',
    );
    expect(findings(source)).toEqual(['error reserved-host-port 4:7-4:16', 'error reserved-host-port 5:7-5:28']);
  });
});

describe('expose', () => {
  it('reads ports with protocols, as the guide writes them', () => {
    expect(
      firstService(yaml('web:', '  image: x', '  expose:', '    - 443/tcp', "    - '22'", '    - 3000')).expose,
    ).toEqual([
      { port: 443, count: 1, protocol: 'tcp' },
      { port: 22, count: 1, protocol: 'tcp' },
      { port: 3000, count: 1, protocol: 'tcp' },
    ]);
  });

  it('reports entries that are not ports', () => {
    expect(findings(yaml('web:', '  image: x', '  expose:', '    - 80:80'))).toEqual(['error invalid-expose 4:7-4:12']);
  });
});
