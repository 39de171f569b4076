import { describe, expect, it } from 'vitest';
import { firstService, yaml } from '../testing/analysis.ts';

describe('normalised services', () => {
  it('apply the defaults to a minimal service', () => {
    expect(firstService(yaml('web:', '  image: nginx'))).toEqual({
      name: 'web',
      span: { line: 1, column: 1, endLine: 2, endColumn: 15 },
      image: 'nginx',
      scale: 1,
      global: false,
      ports: [],
      expose: [],
      environment: {},
      labels: {},
      links: [],
      externalLinks: [],
      volumes: [],
      dnsOptions: [],
      oomKillDisable: false,
      dependsOn: [],
      constraints: [],
      affinities: [],
      aliyun: {
        rollingUpdates: false,
        parallelism: 1,
        depends: [],
        routing: [],
        sessionSticky: false,
        lb: [],
        logStores: {},
      },
    });
  });

  it('keep every label, and read the log, addon and network settings', () => {
    const service = firstService(
      yaml(
        "version: '2'",
        'services:',
        '  lb:',
        '    image: registry.aliyuncs.com/acs/proxy:0.5',
        '    network_mode: host',
        '    container_name: proxy',
        '    labels:',
        '      aliyun.custom_addon: "proxy"',
        '      aliyun.logs: /var/log',
        '      aliyun.log_store_proxy: stdout',
        '      traefik.enable: "true"',
      ),
    );
    expect(service).toMatchObject({
      networkMode: 'host',
      containerName: 'proxy',
      labels: {
        'aliyun.custom_addon': 'proxy',
        'aliyun.logs': '/var/log',
        'aliyun.log_store_proxy': 'stdout',
        'traefik.enable': 'true',
      },
      aliyun: { customAddon: 'proxy', logs: '/var/log', logStores: { proxy: 'stdout' } },
    });
  });

  it('keep environment values as text, scheduling expressions apart', () => {
    const service = firstService(
      yaml('web:', '  image: x', '  environment:', '    PORT: 8000', '    EMPTY:', '    "affinity:service": "=db"'),
    );
    expect(service.environment).toEqual({ PORT: '8000', EMPTY: '' });
    expect(service.affinities.map((a) => a.expression)).toEqual(['affinity:service==db']);
  });
});
