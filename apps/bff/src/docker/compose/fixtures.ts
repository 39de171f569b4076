import { readComposeContainer } from './container-config.ts';

/*
 * Create bodies as docker-compose 1.29.2 sends them (docker-py 5.0.3, Docker Engine API v1.27):
 * `POST /containers/create?name=<project>_<service>_<n>`. docker-py drops top-level nulls, always
 * writes the attach flags, and fills HostConfig with its empty defaults.
 */

/** The labels docker-compose puts on every container it creates, then the service's own. */
function composeLabels(project: string, service: string, configHash: string, own: Record<string, string> = {}) {
  return {
    ...own,
    'com.docker.compose.config-hash': configHash,
    'com.docker.compose.container-number': '1',
    'com.docker.compose.oneoff': 'False',
    'com.docker.compose.project': project,
    'com.docker.compose.project.config_files': `/home/admin/${project}/docker-compose.yml`,
    'com.docker.compose.project.working_dir': `/home/admin/${project}`,
    'com.docker.compose.service': service,
    'com.docker.compose.version': '1.29.2',
  };
}

const DOCKER_PY_FLAGS = {
  Tty: false,
  OpenStdin: false,
  StdinOnce: false,
  AttachStdin: false,
  AttachStdout: false,
  AttachStderr: false,
  NetworkDisabled: false,
};

const NO_LOGGING = { Type: '', Config: {} };

/** The `linkTarget` of a project: `<project>_<service>_<n>` belongs to `<service>`. */
export function containersOf(project: string, services: readonly string[]) {
  return (name: string): string | undefined =>
    services.find((service) => {
      const prefix = `${project}_${service}_`;
      return name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length));
    });
}

/**
 * Version 1, `wordpress/docker-compose.yml`:
 *
 *     web:
 *       image: wordpress:4.2
 *       ports: ['80']
 *       links: ['db:mysql']
 *       external_links: ['redis_1:cache']
 *       environment: { WORDPRESS_DB_PASSWORD: password }
 *       labels: { aliyun.routing.port_80: 'http://wordpress' }
 *       restart: always
 *     db:
 *       image: mysql:5.7
 *       environment: { MYSQL_ROOT_PASSWORD: password }
 *       restart: always
 */
export const WORDPRESS = {
  project: 'wordpress',
  linkTarget: containersOf('wordpress', ['web', 'db']),
  db: {
    ...DOCKER_PY_FLAGS,
    Image: 'mysql:5.7',
    Env: ['MYSQL_ROOT_PASSWORD=password'],
    Volumes: {},
    Labels: composeLabels('wordpress', 'db', '0c4c1b7a2e7c6f1b0c0b8a3c2f6a9e1d5b4c3a2f1e0d9c8b7a6f5e4d3c2b1a09'),
    HostConfig: {
      NetworkMode: 'default',
      VolumesFrom: [],
      Binds: [],
      PortBindings: {},
      Links: [],
      LogConfig: NO_LOGGING,
      RestartPolicy: { Name: 'always', MaximumRetryCount: 0 },
    },
    NetworkingConfig: {},
  },
  web: {
    ...DOCKER_PY_FLAGS,
    Image: 'wordpress:4.2',
    Env: ['WORDPRESS_DB_PASSWORD=password'],
    ExposedPorts: { '80/tcp': {} },
    Volumes: {},
    Labels: composeLabels('wordpress', 'web', '9b1f6d1c3a5e7f9b2d4c6e8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c', {
      'aliyun.routing.port_80': 'http://wordpress',
    }),
    HostConfig: {
      NetworkMode: 'default',
      VolumesFrom: [],
      Binds: [],
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '' }] },
      Links: ['redis_1:cache', 'wordpress_db_1:db_1', 'wordpress_db_1:mysql', 'wordpress_db_1:wordpress_db_1'],
      LogConfig: NO_LOGGING,
      RestartPolicy: { Name: 'always', MaximumRetryCount: 0 },
    },
    NetworkingConfig: {},
  },
};

/**
 * Version 2, `shop/docker-compose.yml`: every service on the network `shop_default`, with the
 * service name as its alias.
 *
 *     version: '2'
 *     services:
 *       web:
 *         image: registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.0
 *         ports: ['8080:80', '127.0.0.1:8443:443', '5353:53/udp']
 *         expose: ['9100']
 *         links: [api]
 *         depends_on: [api]
 *       api:
 *         image: registry.cn-hangzhou.aliyuncs.com/shop/api:1.4.0
 *         expose: ['3000']
 *         environment: [NODE_ENV=production]
 */
export const SHOP = {
  project: 'shop',
  linkTarget: containersOf('shop', ['web', 'api']),
  api: {
    ...DOCKER_PY_FLAGS,
    Image: 'registry.cn-hangzhou.aliyuncs.com/shop/api:1.4.0',
    Env: ['NODE_ENV=production'],
    ExposedPorts: { '3000/tcp': {} },
    Volumes: {},
    Labels: composeLabels('shop', 'api', '5e0d2b8f1c4a7d3e6b9f2c5a8d1e4b7f0a3c6e9d2b5f8a1c4e7b0d3f6a9c2e5b'),
    HostConfig: {
      NetworkMode: 'shop_default',
      VolumesFrom: [],
      Binds: [],
      PortBindings: {},
      Links: [],
      LogConfig: NO_LOGGING,
    },
    NetworkingConfig: { EndpointsConfig: { shop_default: { Aliases: ['api'], IPAMConfig: {} } } },
  },
  web: {
    ...DOCKER_PY_FLAGS,
    Image: 'registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.0',
    Env: [],
    ExposedPorts: { '443/tcp': {}, '53/udp': {}, '80/tcp': {}, '9100/tcp': {} },
    Volumes: {},
    Labels: composeLabels('shop', 'web', 'a7c3e9b1d5f2a8c4e0b6d2f8a4c0e6b2d8f4a0c6e2b8d4f0a6c2e8b4d0f6a2c8'),
    HostConfig: {
      NetworkMode: 'shop_default',
      VolumesFrom: [],
      Binds: [],
      PortBindings: {
        '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '8443' }],
        '53/udp': [{ HostIp: '', HostPort: '5353' }],
        '80/tcp': [{ HostIp: '', HostPort: '8080' }],
      },
      Links: ['shop_api_1:api', 'shop_api_1:api_1', 'shop_api_1:shop_api_1'],
      LogConfig: NO_LOGGING,
    },
    NetworkingConfig: { EndpointsConfig: { shop_default: { Aliases: ['web'], IPAMConfig: {} } } },
  },
};

/**
 * Version 2.1, `blog/docker-compose.yml`; compose names the volume `static` of project blog
 * `blog_static`.
 *
 *     version: '2.1'
 *     services:
 *       app:
 *         image: nginx:1.25-alpine
 *         command: [nginx, -g, 'daemon off;']
 *         ports: ['80']
 *         environment: { TZ: Asia/Shanghai, DEBUG: }
 *         volumes: ['/var/log/app:/var/log/nginx:ro', 'static:/usr/share/nginx/html', /cache]
 *         restart: on-failure:3
 *         mem_limit: 512m
 *         cap_add: [NET_ADMIN]
 *         dns: [223.5.5.5]
 *         extra_hosts: ['db.local:10.0.0.5']
 *         ulimits: { nofile: 65535 }
 *         logging: { driver: json-file, options: { max-size: 10m } }
 *         healthcheck:
 *           test: wget -q -O- http://localhost/ || exit 1
 *           interval: 30s
 *           timeout: 10s
 *           retries: 3
 *         labels:
 *           aliyun.scale: '3'
 *           aliyun.routing.port_80: http://web
 *           team: blog
 *     volumes:
 *       static: {}
 */
export const BLOG = {
  project: 'blog',
  linkTarget: containersOf('blog', ['app']),
  app: {
    ...DOCKER_PY_FLAGS,
    Image: 'nginx:1.25-alpine',
    Cmd: ['nginx', '-g', 'daemon off;'],
    Env: ['TZ=Asia/Shanghai', 'DEBUG'],
    ExposedPorts: { '80/tcp': {} },
    Volumes: { '/var/log/nginx': {}, '/usr/share/nginx/html': {}, '/cache': {} },
    Healthcheck: {
      Test: ['CMD-SHELL', 'wget -q -O- http://localhost/ || exit 1'],
      Interval: 30_000_000_000,
      Timeout: 10_000_000_000,
      Retries: 3,
      StartPeriod: null,
    },
    Labels: composeLabels('blog', 'app', '3d9a7f5b1e8c2d6a4f0b9e3c7a1d5f8b2e6c0a4d9f3b7e1c5a8d2f6b0e4c9a3d', {
      'aliyun.scale': '3',
      'aliyun.routing.port_80': 'http://web',
      team: 'blog',
    }),
    HostConfig: {
      NetworkMode: 'blog_default',
      VolumesFrom: [],
      Binds: ['/var/log/app:/var/log/nginx:ro', 'blog_static:/usr/share/nginx/html:rw'],
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '' }] },
      Links: [],
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
      Memory: 536_870_912,
      CapAdd: ['NET_ADMIN'],
      Dns: ['223.5.5.5'],
      ExtraHosts: ['db.local:10.0.0.5'],
      Ulimits: [{ Name: 'nofile', Soft: 65535, Hard: 65535 }],
      LogConfig: { Type: 'json-file', Config: { 'max-size': '10m' } },
    },
    NetworkingConfig: { EndpointsConfig: { blog_default: { Aliases: ['app'], IPAMConfig: {} } } },
  },
};

/** The smallest body docker-compose could send for service `web` of project `proj`, with `fields` added. */
export function webBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Image: 'nginx:1.25',
    Labels: composeLabels('proj', 'web', 'f'.repeat(64)),
    ...fields,
  };
}

export const PROJ_CONTAINERS = containersOf('proj', ['web', 'db', 'cache']);

/** What `webBody(fields)` becomes, without the image and labels every such body has. */
export function settingsOf(fields: Record<string, unknown>): Record<string, unknown> {
  const definition = readComposeContainer(webBody(fields), PROJ_CONTAINERS)?.definition ?? {};
  const { image: _image, labels: _labels, ...settings } = definition;
  return settings;
}
