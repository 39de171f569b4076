import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeTemplate } from '../analyze.ts';
import { buildImageTemplate, imageServiceName, isFieldLabel } from './image-template.ts';
import type { ImageTemplateForm } from './image-template.ts';

const base: ImageTemplateForm = {
  service: 'nginx',
  image: 'nginx',
  scale: 1,
  networkMode: 'default',
  restart: 'always',
};

const build = (changes: Partial<ImageTemplateForm>) => buildImageTemplate({ ...base, ...changes });

/** The one service as the YAML reads back (YAML 1.2, and 1.1 as docker-compose reads it). */
function service(template: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  const doc = parse(template, { version }) as { services: Record<string, Record<string, unknown>> };
  return Object.values(doc.services)[0] ?? {};
}

describe('buildImageTemplate', () => {
  it('writes a version 2 template with one service, the latest image by default', () => {
    expect(build({})).toBe(
      [
        'version: "2"',
        'services:',
        '  nginx:',
        '    image: nginx:latest',
        '    restart: always',
        '    labels:',
        '      aliyun.scale: "1"',
        '',
      ].join('\n'),
    );
  });

  it('writes Image Version, Scale, Network Mode and Restart', () => {
    const s = service(build({ version: '1.11', scale: 3, networkMode: 'host', restart: 'no' }));
    expect(s).toMatchObject({ image: 'nginx:1.11', restart: 'no', network_mode: 'host' });
    expect(s['labels']).toEqual({ 'aliyun.scale': '3' });
    // `no` is a boolean to YAML 1.1 readers (docker-compose) unless it is quoted.
    expect(service(build({ restart: 'no' }), '1.1')['restart']).toBe('no');
  });

  it('writes Command, Entrypoint and the resource limits (cpu_shares, mem_limit in bytes)', () => {
    const s = service(build({ command: 'nginx -g "daemon off;"', entrypoint: '/docker-entrypoint.sh', cpuShares: 50 }));
    expect(s).toMatchObject({ command: 'nginx -g "daemon off;"', entrypoint: '/docker-entrypoint.sh', cpu_shares: 50 });
    expect(service(build({ memoryLimitMb: 512 }))['mem_limit']).toBe(536870912);
  });

  it('writes Port Mapping: host:container, a random host port, udp', () => {
    const s = service(
      build({
        ports: [
          { hostPort: 8080, containerPort: 80, protocol: 'tcp' },
          { containerPort: 443, protocol: 'tcp' },
          { hostPort: 53, containerPort: 53, protocol: 'udp' },
        ],
      }),
    );
    expect(s['ports']).toEqual(['8080:80', '443', '53:53/udp']);
  });

  it('writes Web Routing, one label per container port with its domains joined by ;', () => {
    const labels = service(
      build({
        routes: [
          { containerPort: 80, domain: 'www' },
          { containerPort: 80, domain: 'www.example.com' },
          { containerPort: 8080, domain: 'admin' },
        ],
      }),
    )['labels'];
    expect(labels).toMatchObject({
      'aliyun.routing.port_80': 'www;www.example.com',
      'aliyun.routing.port_8080': 'admin',
    });
  });

  it('writes Load Balancer as aliyun.lb.port_N: scheme://slb:port', () => {
    const template = build({
      ports: [{ hostPort: 80, containerPort: 80, protocol: 'tcp' }],
      loadBalancers: [{ containerPort: 80, scheme: 'tcp', instance: 'slb', frontPort: 8080 }],
    });
    expect(service(template)['labels']).toMatchObject({ 'aliyun.lb.port_80': 'tcp://slb:8080' });
    expect(analyzeTemplate(template).services[0]?.aliyun.lb).toMatchObject([{ instance: 'slb', frontPort: 8080 }]);
  });

  it('writes Data Volume as source:target:permission', () => {
    const s = service(
      build({
        volumes: [
          { source: '/data', target: '/var/lib/data', permission: 'rw' },
          { source: 'test', target: '/testvolume', permission: 'ro' },
        ],
      }),
    );
    expect(s['volumes']).toEqual(['/data:/var/lib/data:rw', 'test:/testvolume:ro']);
  });

  it('writes Environment as KEY=value and Across Multiple Zones as availability:az', () => {
    const environment = (acrossZones: ImageTemplateForm['acrossZones']) =>
      service(build({ environment: [{ key: 'MODE', value: 'prod' }], acrossZones }))['environment'];
    expect(environment('none')).toEqual(['MODE=prod']);
    expect(environment('ensure')).toEqual(['MODE=prod', 'availability:az==2']);
    expect(environment('try')).toEqual(['MODE=prod', 'availability:az==~2']);
    const analysed = analyzeTemplate(build({ acrossZones: 'ensure' })).services[0];
    expect(analysed?.availability).toEqual({ zones: 2, hard: true });
  });

  it('writes Labels, Smooth Upgrade, and lets the fields win over a custom label of theirs', () => {
    const labels = service(
      build({
        scale: 2,
        rollingUpdates: true,
        labels: [
          { key: 'team', value: 'web' },
          { key: 'aliyun.scale', value: '9' },
        ],
      }),
    )['labels'];
    expect(labels).toEqual({ team: 'web', 'aliyun.scale': '2', 'aliyun.rolling_updates': 'true' });
  });

  it('writes Auto Scaling as the aliyun.auto_scaling labels, which the analysis reads back', () => {
    const template = build({
      autoScaling: { metric: 'cpu', expansion: 70, contraction: 20, step: 2, minInstances: 1, maxInstances: 5 },
    });
    expect(service(template)['labels']).toMatchObject({
      'aliyun.auto_scaling.max_cpu': '70',
      'aliyun.auto_scaling.min_cpu': '20',
      'aliyun.auto_scaling.step': '2',
      'aliyun.auto_scaling.min_instances': '1',
      'aliyun.auto_scaling.max_instances': '5',
    });
    expect(analyzeTemplate(template).services[0]?.aliyun.autoScaling).toEqual({
      step: 2,
      minInstances: 1,
      maxInstances: 5,
      cpu: { expansion: 70, contraction: 20 },
    });
  });

  it('makes a template the analysis finds no problem in', () => {
    const template = build({
      version: '1.11',
      scale: 3,
      command: 'nginx -g "daemon off;"',
      cpuShares: 50,
      memoryLimitMb: 256,
      ports: [{ hostPort: 80, containerPort: 80, protocol: 'tcp' }],
      routes: [{ containerPort: 80, domain: 'web' }],
      volumes: [{ source: '/data', target: '/data', permission: 'rw' }],
      environment: [{ key: 'A', value: 'b' }],
      rollingUpdates: true,
      acrossZones: 'try',
    });
    expect(analyzeTemplate(template).diagnostics).toEqual([]);
  });

  it('quotes hostile values, so each reads back exactly as typed, with $ kept literal', () => {
    const hostile = [
      'yes',
      'on',
      '0o17',
      '1_000',
      '12:30',
      '~',
      'a: b',
      '#x',
      '- y',
      '"q" \'q\'',
      'line\nbreak',
      '&a *b',
    ];
    for (const value of hostile) {
      const template = build({ command: `x ${value}`, labels: [{ key: value, value }] });
      for (const version of ['1.1', '1.2'] as const) {
        const s = service(template, version);
        expect((s['labels'] as Record<string, unknown>)[value.trim()]).toBe(value);
      }
    }
    const analysed = analyzeTemplate(build({ environment: [{ key: 'PRICE', value: '$5 ${HOME}' }] }));
    expect(analysed.parameters).toEqual([]);
    expect(analysed.services[0]?.environment['PRICE']).toBe('$5 ${HOME}');
  });

  it('quotes what a YAML 1.1 reader takes for a number, such as e0', () => {
    expect(service(build({ labels: [{ key: 'x', value: 'e0' }] }), '1.1')['labels']).toMatchObject({ x: 'e0' });
  });

  it('reads back any label and environment text exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (key, value) => {
        fc.pre(key.trim() === key && key !== '' && !key.includes('$') && !isFieldLabel(key));
        const template = build({ labels: [{ key, value }], environment: [{ key: 'V', value }] });
        for (const version of ['1.1', '1.2'] as const) {
          const s = service(template, version);
          const labels = s['labels'] as Record<string, string>;
          const environment = s['environment'] as string[];
          if (labels[key] !== value.split('$').join('$$')) return false;
          if (environment[0] !== `V=${value.split('$').join('$$')}`) return false;
        }
        return true;
      }),
    );
  });
});

describe('imageServiceName', () => {
  it('names the service after the application, or app when the name cannot be a service name', () => {
    expect(imageServiceName('nginx')).toBe('nginx');
    expect(imageServiceName('my-web')).toBe('my-web');
    expect(imageServiceName('应用')).toBe('app');
  });
});
