import { describe, expect, it } from 'vitest';
import { findings, firstService, yaml } from '../testing/analysis.ts';
import { parseVolume } from './service-fields.ts';

const svc = (...lines: string[]) => yaml('web:', '  image: nginx', ...lines.map((l) => `  ${l}`));

describe('resource restrictions', () => {
  it('reads cpu_shares and mem_limit, as in the guide example', () => {
    const service = firstService(svc('cpu_shares: 50 #0.5 cores', 'mem_limit: 500000000 #500MB'));
    expect([service.cpuShares, service.memLimit]).toEqual([50, 500000000]);
  });

  it('reads memory with units', () => {
    expect(firstService(svc('mem_limit: 512m')).memLimit).toBe(512 * 1024 * 1024);
    expect(firstService(svc('mem_limit: 1g')).memLimit).toBe(1024 ** 3);
  });

  it('has a minimum memory of 4MB (boundary 4194304 / 4194303)', () => {
    expect(findings(svc('mem_limit: 4194304'))).toEqual([]);
    expect(findings(svc('mem_limit: 4m'))).toEqual([]);
    expect(findings(svc('mem_limit: 4194303'))).toEqual(['error mem-limit-too-small 3:14-3:21']);
  });

  it('reports malformed values', () => {
    expect(findings(svc('mem_limit: lots'))).toEqual(['error invalid-mem-limit 3:14-3:18']);
    expect(findings(svc('cpu_shares: 0.5'))).toEqual(['error invalid-cpu-shares 3:15-3:18']);
  });
});

describe('restart', () => {
  it.each(['no', 'always', 'on-failure', 'on-failure:3', 'unless-stopped'])('accepts %s', (value) => {
    expect(findings(svc(`restart: "${value}"`))).toEqual([]);
  });

  it('reports other values', () => {
    expect(findings(svc('restart: sometimes'))).toEqual(['error invalid-restart 3:12-3:21']);
  });

  it('reads restart: "" as no restart policy, as Compose does', () => {
    expect(findings(svc('restart: ""'))).toEqual([]);
    expect(firstService(svc('restart: ""')).restart).toBeUndefined();
  });
});

describe('links and external links', () => {
  it('reads service:alias and checks the service exists', () => {
    const source = yaml(
      'web:',
      '  image: wordpress',
      '  links:',
      '    - db:mysql',
      '    - cache',
      'db:',
      '  image: mysql',
    );
    expect(firstService(source).links).toEqual([
      { target: 'db', alias: 'mysql' },
      { target: 'cache', alias: 'cache' },
    ]);
    expect(findings(source)).toEqual(['error unknown-link 5:7-5:12']);
  });

  it('reads external links without checking them', () => {
    const source = svc('external_links:', '  - "proxy:appone.example.com"', '  - restserver.local');
    expect(findings(source)).toEqual([]);
    expect(firstService(source).externalLinks).toEqual([
      { target: 'proxy', alias: 'appone.example.com' },
      { target: 'restserver.local', alias: 'restserver.local' },
    ]);
  });
});

describe('volumes', () => {
  it.each([
    ['/var/cache/nginx', { kind: 'anonymous', target: '/var/cache/nginx' }],
    [
      '/var/lib/docker/jenkins:/var/jenkins_home',
      { kind: 'bind', source: '/var/lib/docker/jenkins', target: '/var/jenkins_home' },
    ],
    ['test:/testvolume:rw', { kind: 'volume', source: 'test', target: '/testvolume', mode: 'rw' }],
    ['./app:/code:ro,z', { kind: 'bind', source: './app', target: '/code', mode: 'ro,z' }],
  ])('parses %s', (text, expected) => {
    expect(parseVolume(text)).toEqual(expected);
  });

  it.each(['data', 'data:relative', '/a:/b:rx', 'a:/b:rw:x', ':/b'])('rejects %s', (text) => {
    expect(parseVolume(text)).toBeUndefined();
  });

  it('needs a declaration of named volumes in version 2, not in version 1', () => {
    const v2 = yaml("version: '2'", 'services:', '  web:', '    image: x', '    volumes:', '      - data:/data');
    expect(findings(v2)).toEqual(['error undeclared-volume 6:9-6:19']);
    expect(findings(`${v2}volumes:\n  data: {}\n`)).toEqual([]);
    expect(findings(svc('volumes:', '  - test:/testvolume:rw'))).toEqual([]);
  });

  it('reports the long syntax, which came after version 2', () => {
    const source = svc('volumes:', '  - type: bind', '    source: ./a', '    target: /a');
    expect(findings(source)).toEqual(['error volume-long-syntax 4:7-6:17']);
  });
});

describe('other settings', () => {
  it('reads command, entrypoint, hostname, network mode, dns options and OOM killer', () => {
    const service = firstService(
      svc(
        'command: sh -c "sleep 1"',
        'entrypoint: [/bin/sh, -c]',
        'hostname: xxserver',
        'net: host',
        'dns_options: ["use-vc"]',
        'oom_kill_disable: true',
      ),
    );
    expect(service).toMatchObject({
      command: 'sh -c "sleep 1"',
      entrypoint: ['/bin/sh', '-c'],
      hostname: 'xxserver',
      networkMode: 'host',
      dnsOptions: ['use-vc'],
      oomKillDisable: true,
    });
  });

  it('reads an external service (host and ports)', () => {
    const source = yaml('db:', '  external:', '    host: rdsxxxx.mysql.rds.aliyuncs.com', '    ports:', '      - 3306');
    expect(firstService(source).external).toEqual({ host: 'rdsxxxx.mysql.rds.aliyuncs.com', ports: [3306] });
    expect(findings(yaml('db:', '  external:', '    ports: [99999]'))).toEqual(['error invalid-external 3:13-3:18']);
  });
});
