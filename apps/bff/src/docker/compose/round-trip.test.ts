import { analyzeTemplate } from '@cs/compose';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readComposeContainer } from './container-config.ts';
import { BLOG, PROJ_CONTAINERS, SHOP, WORDPRESS, webBody } from './fixtures.ts';

type Definition = Record<string, unknown>;

/** Named volumes (not host paths) a definition mounts: version 2 wants them declared at the top. */
const namedVolumes = (definition: Definition): string[] =>
  ((definition['volumes'] as string[] | undefined) ?? [])
    .map((volume) => volume.split(':'))
    .filter((parts) => parts.length > 1 && !/^[/.~]/.test(parts[0] ?? ''))
    .map((parts) => parts[0] ?? '');

function template(services: Record<string, Definition>): string {
  const volumes = Object.values(services).flatMap(namedVolumes);
  return stringify({
    version: '2.1',
    services,
    ...(volumes.length > 0 ? { volumes: Object.fromEntries(volumes.map((v) => [v, {}])) } : {}),
  });
}

function definitions(
  bodies: Record<string, unknown>,
  linkTarget: (name: string) => string | undefined,
): Record<string, Definition> {
  return Object.fromEntries(
    Object.entries(bodies).map(([service, body]) => [
      service,
      readComposeContainer(body, linkTarget)?.definition ?? {},
    ]),
  );
}

const errorsOf = (source: string) => analyzeTemplate(source).diagnostics.filter((d) => d.severity === 'error');

describe('definitions through the template engine', () => {
  it.each([
    ['wordpress (version 1, links)', definitions({ web: WORDPRESS.web, db: WORDPRESS.db }, WORDPRESS.linkTarget)],
    ['shop (version 2, default network, ports)', definitions({ web: SHOP.web, api: SHOP.api }, SHOP.linkTarget)],
    ['blog (volumes, environment, restart, aliyun labels)', definitions({ app: BLOG.app }, BLOG.linkTarget)],
  ])('%s analyses without errors', (_name, services) => {
    expect(errorsOf(template(services))).toEqual([]);
  });

  it('keeps what the engine reads of the blog service', () => {
    const [app] = analyzeTemplate(template(definitions({ app: BLOG.app }, BLOG.linkTarget))).services;
    expect(app).toMatchObject({
      image: 'nginx:1.25-alpine',
      scale: 3,
      restart: 'on-failure:3',
      memLimit: 536_870_912,
      environment: { TZ: 'Asia/Shanghai', DEBUG: '' },
      ports: [{ containerPort: 80, count: 1, protocol: 'tcp' }],
      volumes: [
        { kind: 'bind', source: '/var/log/app', target: '/var/log/nginx', mode: 'ro' },
        { kind: 'volume', source: 'blog_static', target: '/usr/share/nginx/html' },
        { kind: 'anonymous', target: '/cache' },
      ],
    });
    expect(app?.aliyun.routing).toEqual([
      { containerPort: 80, domains: [{ scheme: 'http', host: 'web', isPrefix: true }] },
    ]);
  });

  it('gets the engine’s own message for tty', () => {
    const tty = readComposeContainer(webBody({ Tty: true }), PROJ_CONTAINERS)?.definition ?? {};
    expect(errorsOf(template({ web: tty }))).toEqual([
      expect.objectContaining({
        code: 'unsupported-key',
        message: expect.stringMatching(/^`tty` is not supported \(service `web`\)\. The same as detach: .*detach mode/),
      }),
    ]);
  });

  it('gives the engine the literal $ docker-compose sent', () => {
    const web = readComposeContainer(webBody({ Cmd: ['sh', '-c', 'echo $HOME ${USER}'] }), PROJ_CONTAINERS)?.definition;
    const analysis = analyzeTemplate(template({ web: web ?? {} }));
    expect(analysis.parameters).toEqual([]);
    expect(analysis.services[0]?.command).toEqual(['sh', '-c', 'echo $HOME ${USER}']);
  });
});
