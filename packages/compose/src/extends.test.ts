import { describe, expect, it } from 'vitest';
import { findings, withCode, yaml } from '../testing/analysis.ts';
import { analyzeTemplate } from './analyze.ts';

const service = (source: string, name: string) => analyzeTemplate(source).services.find((s) => s.name === name);

describe('extends (a service of the same template)', () => {
  const base = [
    "version: '2'",
    'services:',
    '  base:',
    '    image: nginx',
    '    restart: always',
    '    ports: ["80:80"]',
    '    expose: ["8080"]',
    '    environment:',
    '      A: "1"',
    '      B: "2"',
    '    labels:',
    '      aliyun.scale: "2"',
    '      aliyun.probe.url: http://container:80/',
    '    volumes:',
    '      - /data/a:/data',
    '      - /logs:/logs',
  ];

  it('merges as docker-compose 1.x does: own keys win, lists concatenate, mappings merge by key', () => {
    const source = yaml(
      ...base,
      '  web:',
      '    extends: base',
      '    restart: "no"',
      '    ports: ["443:443"]',
      '    expose: ["8080", "9090"]',
      '    environment:',
      '      - B=3',
      '      - C=4',
      '    labels:',
      '      aliyun.scale: "3"',
      '    volumes:',
      '      - /data/b:/data',
    );
    expect(findings(source)).toEqual([]);
    expect(service(source, 'web')).toMatchObject({
      image: 'nginx',
      restart: 'no',
      scale: 3,
      environment: { A: '1', B: '3', C: '4' },
      labels: { 'aliyun.probe.url': 'http://container:80/', 'aliyun.scale': '3' },
      volumes: [
        { kind: 'bind', source: '/logs', target: '/logs' },
        { kind: 'bind', source: '/data/b', target: '/data' },
      ],
    });
    expect(service(source, 'web')?.ports.map((p) => p.hostPort)).toEqual([80, 443]);
    expect(service(source, 'web')?.expose.map((p) => p.port)).toEqual([8080, 9090]);
  });

  it('takes `extends: { service: … }` and resolves chains', () => {
    const source = yaml(
      ...base,
      '  web:',
      '    extends: { service: base }',
      '    environment: { C: "3" }',
      '  api:',
      '    extends:',
      '      service: web',
      '    image: api',
    );
    expect(findings(source)).toEqual([]);
    expect(service(source, 'api')).toMatchObject({
      image: 'api',
      restart: 'always',
      environment: { A: '1', B: '2', C: '3' },
    });
  });

  it('reports a problem in an inherited value once per extending service, at its extends', () => {
    const source = yaml(
      "version: '2'",
      'services:',
      '  base:',
      '    image: nginx',
      '    mem_limit: 1k',
      '  web:',
      '    extends: base',
      '  api:',
      '    extends: base',
    );
    expect(findings(source)).toEqual([
      'error mem-limit-too-small 5:16-5:18',
      'error mem-limit-too-small 7:5-7:12',
      'error mem-limit-too-small 9:5-9:12',
    ]);
  });

  it('never shares links, volumes_from and depends_on, and says Compose refuses to extend such a service', () => {
    const source = yaml(
      "version: '2'",
      'services:',
      '  db:',
      '    image: mysql',
      '  base:',
      '    image: nginx',
      '    links: [db]',
      '    depends_on: [db]',
      '  web:',
      '    extends: base',
    );
    expect(findings(source)).toEqual(['error extends-not-extendable 10:14-10:18']);
    expect(withCode(source, 'extends-not-extendable')[0]?.message).toBe(
      'Service `web` cannot extend `base`: Compose does not extend a service with `links` (links, volumes_from and depends_on are never shared through extends).',
    );
    expect(service(source, 'web')).toMatchObject({ image: 'nginx', links: [], dependsOn: [] });
  });

  it('reports a cycle once, a service that does not exist, and extends.file', () => {
    const cycle = yaml('a:', '  image: x', '  extends: b', 'b:', '  image: x', '  extends: a');
    expect(findings(cycle)).toEqual(['error extends-cycle 3:3-3:10']);
    expect(withCode(cycle, 'extends-cycle')[0]?.message).toBe(
      'Services must not extend one another in a circle: a → b → a.',
    );
    const missing = yaml('web:', '  extends: basis', '  image: x');
    expect(withCode(missing, 'extends-unknown-service')[0]?.message).toBe(
      'Service `web` extends `basis`, which is not a service of this template.',
    );
    const file = yaml('web:', '  image: x', '  extends:', '    file: common.yml', '    service: web');
    expect(findings(file)).toEqual(['error extends-file 4:5-4:9']);
    expect(withCode(file, 'extends-file')[0]?.message).toMatch(/a template is one file/);
  });

  it('in version 1, an own image replaces an inherited build (and the reverse)', () => {
    const source = yaml('base:', '  build: .', '  restart: always', 'web:', '  extends: base', '  image: nginx');
    expect(findings(source)).toEqual(['error unsupported-key 2:3-2:8']);
    expect(service(source, 'web')).toMatchObject({ image: 'nginx', restart: 'always' });
  });
});
