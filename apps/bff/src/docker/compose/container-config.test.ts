import { describe, expect, it } from 'vitest';
import { COMPOSE_LABELS, PER_CONTAINER_LABELS, readComposeContainer } from './container-config.ts';
import { BLOG, SHOP, WORDPRESS, webBody } from './fixtures.ts';

const bookkeeping = (project: string, configHash: string) => ({
  'com.docker.compose.config-hash': configHash,
  'com.docker.compose.project.config_files': `/home/admin/${project}/docker-compose.yml`,
  'com.docker.compose.project.working_dir': `/home/admin/${project}`,
  'com.docker.compose.version': '1.29.2',
});

describe('readComposeContainer on what docker-compose 1.29.2 sends', () => {
  it('reads a version 1 project with links and external links', () => {
    expect(readComposeContainer(WORDPRESS.web, WORDPRESS.linkTarget)).toEqual({
      project: 'wordpress',
      service: 'web',
      number: 1,
      oneoff: false,
      definition: {
        image: 'wordpress:4.2',
        environment: ['WORDPRESS_DB_PASSWORD=password'],
        labels: {
          'aliyun.routing.port_80': 'http://wordpress',
          ...bookkeeping('wordpress', '9b1f6d1c3a5e7f9b2d4c6e8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c'),
        },
        ports: ['80'],
        links: ['db:mysql'],
        external_links: ['redis_1:cache'],
        restart: 'always',
      },
    });
    expect(readComposeContainer(WORDPRESS.db, WORDPRESS.linkTarget)?.definition).toEqual({
      image: 'mysql:5.7',
      environment: ['MYSQL_ROOT_PASSWORD=password'],
      labels: bookkeeping('wordpress', '0c4c1b7a2e7c6f1b0c0b8a3c2f6a9e1d5b4c3a2f1e0d9c8b7a6f5e4d3c2b1a09'),
      restart: 'always',
    });
  });

  it('reads a version 2 project on its default network, with published and exposed ports', () => {
    expect(readComposeContainer(SHOP.web, SHOP.linkTarget)?.definition).toEqual({
      image: 'registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.0',
      labels: bookkeeping('shop', 'a7c3e9b1d5f2a8c4e0b6d2f8a4c0e6b2d8f4a0c6e2b8d4f0a6c2e8b4d0f6a2c8'),
      ports: ['5353:53/udp', '8080:80', '127.0.0.1:8443:443'],
      expose: ['9100'],
      links: ['api'],
    });
    expect(readComposeContainer(SHOP.api, SHOP.linkTarget)?.definition).toEqual({
      image: 'registry.cn-hangzhou.aliyuncs.com/shop/api:1.4.0',
      environment: ['NODE_ENV=production'],
      labels: bookkeeping('shop', '5e0d2b8f1c4a7d3e6b9f2c5a8d1e4b7f0a3c6e9d2b5f8a1c4e7b0d3f6a9c2e5b'),
      expose: ['3000'],
    });
  });

  it('reads a service with volumes, environment, restart, resources, logging and aliyun labels', () => {
    expect(readComposeContainer(BLOG.app, BLOG.linkTarget)?.definition).toEqual({
      image: 'nginx:1.25-alpine',
      command: ['nginx', '-g', 'daemon off;'],
      environment: ['TZ=Asia/Shanghai', 'DEBUG'],
      healthcheck: {
        test: ['CMD-SHELL', 'wget -q -O- http://localhost/ || exit 1'],
        interval: '30s',
        timeout: '10s',
        retries: 3,
      },
      labels: {
        'aliyun.scale': '3',
        'aliyun.routing.port_80': 'http://web',
        team: 'blog',
        ...bookkeeping('blog', '3d9a7f5b1e8c2d6a4f0b9e3c7a1d5f8b2e6c0a4d9f3b7e1c5a8d2f6b0e4c9a3d'),
      },
      ports: ['80'],
      volumes: ['/var/log/app:/var/log/nginx:ro', 'blog_static:/usr/share/nginx/html', '/cache'],
      restart: 'on-failure:3',
      mem_limit: 536_870_912,
      cap_add: ['NET_ADMIN'],
      dns: ['223.5.5.5'],
      extra_hosts: ['db.local:10.0.0.5'],
      logging: { driver: 'json-file', options: { 'max-size': '10m' } },
      ulimits: { nofile: 65535 },
    });
  });

  it('returns null for a plain docker create, without compose labels', () => {
    expect(readComposeContainer({ Image: 'busybox', Cmd: ['sh'] }, () => undefined)).toBeNull();
    expect(readComposeContainer({ Image: 'busybox', Labels: { team: 'a' } }, () => undefined)).toBeNull();
  });

  it('reads the container number and one-off flag from the labels', () => {
    const run = webBody();
    run['Labels'] = {
      ...(run['Labels'] as object),
      [COMPOSE_LABELS.number]: '12',
      [COMPOSE_LABELS.oneoff]: 'True',
    };
    expect(readComposeContainer(run, () => undefined)).toMatchObject({
      project: 'proj',
      service: 'web',
      number: 12,
      oneoff: true,
    });
  });

  it('ignores fields a compose service cannot express, and fields it does not know', () => {
    const withExtras = webBody({
      AttachStdin: true,
      StdinOnce: true,
      NetworkDisabled: true,
      StopTimeout: 10,
      ArgsEscaped: 'whatever',
      FutureField: { nested: [1, 2, 3] },
      HostConfig: { AutoRemove: true, Runtime: 'runc', Future: null },
      NetworkingConfig: { EndpointsConfig: { proj_default: { Aliases: ['web', 'x'], IPAMConfig: {}, Future: 1 } } },
    });
    expect(readComposeContainer(withExtras, () => undefined)?.definition).toEqual({
      image: 'nginx:1.25',
      labels: {
        'com.docker.compose.config-hash': 'f'.repeat(64),
        'com.docker.compose.project.config_files': '/home/admin/proj/docker-compose.yml',
        'com.docker.compose.project.working_dir': '/home/admin/proj',
        'com.docker.compose.version': '1.29.2',
      },
    });
  });

  it('names the per-container labels', () => {
    expect(PER_CONTAINER_LABELS).toEqual([
      'com.docker.compose.project',
      'com.docker.compose.service',
      'com.docker.compose.container-number',
      'com.docker.compose.oneoff',
    ]);
  });
});
