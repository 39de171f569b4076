import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels } from '../../testing/analysis.ts';

const routing = (value: string) => withLabels([`aliyun.routing.port_80: ${value}`]);
/** Where the value of `aliyun.routing.port_80: …` on line 4 starts. */
const VALUE = 29;

describe('aliyun.routing.port_$container_port', () => {
  it('reads a prefix and an own domain with a context path, as in the guide example', () => {
    const source = routing('wordpress;http://wp.sample.com/context');
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.routing).toEqual([
      {
        containerPort: 80,
        domains: [
          { scheme: 'http', host: 'wordpress', isPrefix: true },
          { scheme: 'http', host: 'wp.sample.com', isPrefix: false, contextPath: '/context' },
        ],
      },
    ]);
  });

  it('reads the scheme written in front of a prefix and an https own domain', () => {
    const source = withLabels([
      'aliyun.routing.port_80: http://wordpress',
      'aliyun.routing.port_443: https://www.example.com',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.routing.map((r) => r.domains[0]?.scheme)).toEqual(['http', 'https']);
  });

  it('reports a container port that is not a port', () => {
    expect(findings(withLabels(['aliyun.routing.port_http: web']))).toEqual(['error routing-port 4:5-4:29']);
    expect(findings(withLabels(['aliyun.routing.port_65536: web']))).toEqual(['error routing-port 4:5-4:30']);
  });

  it('reports a scheme other than http and https', () => {
    expect(findings(routing('ftp://www.example.com'))).toEqual([`error routing-format 4:${VALUE}-4:${VALUE + 21}`]);
  });

  it('only supports your own domain name with HTTPS', () => {
    expect(findings(routing('https://wordpress'))).toEqual([`error routing-https-prefix 4:${VALUE}-4:${VALUE + 17}`]);
  });

  it('does not allow periods in the prefix of the test domain', () => {
    const domain = 'my.wordpress.c123.cn-beijing.alicontainer.com';
    expect(findings(routing(domain))).toEqual([`error routing-prefix-dots 4:${VALUE}-4:${VALUE + domain.length}`]);
    expect(findings(routing('wordpress.c123.cn-beijing.alicontainer.com'))).toEqual([]);
  });

  it('limits the domain name and the context root to 128 characters (boundary 128 / 129)', () => {
    const domain = (length: number) => `${'a'.repeat(length - 4)}.com`;
    expect(findings(routing(domain(128)))).toEqual([]);
    expect(findings(routing(domain(129)))).toEqual([`error routing-too-long 4:${VALUE}-4:${VALUE + 129}`]);
    const path = (length: number) => `www.example.com/${'p'.repeat(length - 1)}`;
    expect(findings(routing(path(128)))).toEqual([]);
    expect(findings(routing(path(129)))).toEqual([`error routing-too-long 4:${VALUE}-4:${VALUE + 15 + 129}`]);
  });

  it('separates several domain names with semicolons, not commas or empty entries', () => {
    expect(findings(routing('a.example.com;b.example.com'))).toEqual([]);
    expect(findings(routing('a.example.com,b.example.com'))).toEqual([
      `error routing-format 4:${VALUE}-4:${VALUE + 27}`,
    ]);
    expect(findings(routing('wordpress;'))).toEqual([`error routing-format 4:${VALUE}-4:${VALUE + 10}`]);
  });

  it('allows one label per port: a second label for the same port is an error', () => {
    const source = withLabels([]).replace(
      '  labels:\n',
      '  labels:\n    - aliyun.routing.port_80=web\n    - aliyun.routing.port_80=www.example.com\n',
    );
    expect(findings(source)).toEqual(['error routing-duplicate-port 5:7-5:29']);
  });
});

describe('aliyun.routing.session_sticky', () => {
  it('reads session persistence after a routing label', () => {
    const source = withLabels(['aliyun.routing.port_80: web', 'aliyun.routing.session_sticky: true']);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.sessionSticky).toBe(true);
  });

  it('warns that it can only work after aliyun.routing.port_$container_port has been set', () => {
    expect(findings(withLabels(['aliyun.routing.session_sticky: true']))).toEqual([
      'warning session-sticky-without-routing 4:5-4:34',
    ]);
  });

  it('reports a value that is not true or false', () => {
    expect(findings(withLabels(['aliyun.routing.port_80: web', 'aliyun.routing.session_sticky: on']))).toEqual([
      'error invalid-label-value 5:36-5:38',
    ]);
  });
});
