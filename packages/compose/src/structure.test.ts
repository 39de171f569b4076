import { describe, expect, it } from 'vitest';
import { findings, withCode, yaml } from '../testing/analysis.ts';
import { UNSUPPORTED_KEYS } from './keys.ts';

const v2 = (...serviceLines: string[]) =>
  yaml("version: '2'", 'services:', '  web:', '    image: nginx', ...serviceLines.map((l) => `    ${l}`));

describe('Docker Compose labels that are not supported', () => {
  it.each([
    ['build', 'build: .', /does not provide the function to build images/],
    ['dockerfile', 'dockerfile: Dockerfile', /The same as build/],
    ['env_file', 'env_file: .env', /does not support setting environment variables in files/],
    ['mac_address', 'mac_address: 02:42:ac:11:65:43', /Mac address is not supported/],
    ['detach', 'detach: true', /attach mode is not allowed/],
    ['stdin_open', 'stdin_open: true', /The same as detach/],
    ['tty', 'tty: true', /The same as detach/],
    ['networks', 'networks: [front]', /does not support the use of the networks label/],
  ])('%s is an error that says why', (key, line, reason) => {
    const [error] = withCode(v2(line), 'unsupported-key');
    expect(error).toMatchObject({
      severity: 'error',
      line: 5,
      column: 5,
      endLine: 5,
      endColumn: 5 + key.length,
      path: ['services', 'web', key],
    });
    expect(error?.message).toMatch(reason);
  });

  it('names every unsupported key of the guide table', () => {
    expect(Object.keys(UNSUPPORTED_KEYS).sort()).toEqual([
      'build',
      'detach',
      'dockerfile',
      'env_file',
      'mac_address',
      'networks',
      'stdin_open',
      'tty',
    ]);
  });

  it('reports the top-level networks of version 2', () => {
    expect(
      findings(yaml("version: '2'", 'services:', '  web:', '    image: nginx', 'networks:', '  front: {}')),
    ).toEqual(['error unsupported-key 5:1-5:9']);
  });

  it('does not ask for an image when build already explains it', () => {
    expect(findings(yaml('web:', '  build: .'))).toEqual(['error unsupported-key 2:3-2:8']);
  });
});

describe('keys in no schema and keys of another version', () => {
  it('reports an unknown key with a did-you-mean', () => {
    const [error] = withCode(v2('imagee: nginx'), 'unknown-key');
    expect(error).toMatchObject({ line: 5, column: 5, endColumn: 11 });
    expect(error?.message).toBe('Unknown key `imagee` in service `web`. Did you mean `image`?');
  });

  it('reports a version 2 key in a version 1 template, and the reverse', () => {
    expect(findings(yaml('web:', '  image: nginx', '  depends_on: [db]', 'db:', '  image: mysql'))).toEqual([
      'error key-requires-version 3:3-3:13',
    ]);
    expect(findings(v2('net: host'))).toEqual(['error key-requires-version 5:5-5:8']);
    expect(findings(yaml("version: '2.0'", 'services:', '  web:', '    image: nginx', '    sysctls: [a=1]'))).toEqual([
      'error key-requires-version 5:5-5:12',
    ]);
  });

  it("accepts the guide's own keys in every version (external, dns_options, oom_kill_disable)", () => {
    expect(findings(yaml('web:', '  image: x', '  dns_options: ["use-vc"]', '  oom_kill_disable: true'))).toEqual([]);
  });

  it("reads the guide's oom-kill-disable spelling as oom_kill_disable, with a warning", () => {
    expect(findings(yaml('WordPress:', '  image: wordpress:4.2', '  oom-kill-disable: true'))).toEqual([
      'warning key-alias 3:3-3:19',
    ]);
  });

  it('reports unknown keys inside healthcheck, logging and volumes', () => {
    const healthcheck = yaml(
      "version: '2.1'",
      'services:',
      '  web:',
      '    image: x',
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '      retry: 3',
    );
    expect(findings(healthcheck)).toEqual(['error unknown-key 7:7-7:12']);
    const volumes = yaml(
      "version: '2'",
      'services:',
      '  web:',
      '    image: x',
      'volumes:',
      '  data:',
      '    driver: local',
      '    size: 1g',
    );
    expect(findings(volumes)).toEqual(['error unknown-key 8:5-8:9']);
  });

  it('reports unknown top-level keys of version 2, and takes x- extension fields', () => {
    expect(findings(yaml("version: '2'", 'services:', '  web:', '    image: x', 'secret: {}'))).toEqual([
      'error unknown-key 5:1-5:7',
    ]);
    expect(findings(yaml("version: '2'", 'x-common: &common {image: x}', 'services:', '  web: *common'))).toEqual([]);
  });

  it('checks depends_on conditions (version 2.1)', () => {
    const source = (condition: string) =>
      yaml(
        "version: '2.1'",
        'services:',
        '  web:',
        '    image: x',
        '    depends_on:',
        '      db:',
        `        condition: ${condition}`,
        '  db:',
        '    image: y',
      );
    expect(findings(source('service_healthy'))).toEqual([]);
    expect(findings(source('service_done'))).toEqual(['error invalid-value 7:20-7:32']);
  });
});

describe('value shapes and names', () => {
  it.each([
    ['ports: "80:80"', 'error invalid-type 5:12-5:19'],
    ['environment: FOO', 'error invalid-type 5:18-5:21'],
    ['oom_kill_disable: "yes"', 'error invalid-type 5:23-5:28'],
  ])('reports %s', (line, expected) => {
    expect(findings(v2(line))).toEqual([expected]);
  });

  it('reports an image that is not a string (and so no image)', () => {
    expect(findings(yaml('web:', '  image: [nginx]'))).toEqual([
      'error missing-image 1:1-1:4',
      'error invalid-type 2:10-2:17',
    ]);
  });

  it('reports a service name with other characters', () => {
    expect(findings(yaml('web app:', '  image: nginx'))).toEqual(['error invalid-service-name 1:1-1:8']);
  });

  it('reports a service that is not a mapping', () => {
    expect(findings(yaml('web: nginx'))).toEqual(['error invalid-type 1:6-1:11']);
  });

  it('reports a service without an image', () => {
    expect(findings(yaml('web:', '  ports: ["80"]'))).toEqual(['error missing-image 1:1-1:4']);
  });

  it('does not need an image for an external service', () => {
    expect(
      findings(yaml('db:', '  external:', '    host: rdsxxxx.mysql.rds.aliyuncs.com', '    ports:', '      - 3306')),
    ).toEqual([]);
  });
});
