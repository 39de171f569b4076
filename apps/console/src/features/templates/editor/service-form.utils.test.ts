import { describe, expect, it } from 'vitest';
import { addServiceEdit, applyTextEdit, readServiceForm, replaceServiceEdit } from '@cs/compose';
import { newServiceForm, repeatsPort, suggestServiceName, toFormValues, toServiceForm } from './service-form.utils.ts';

const TEMPLATE = [
  'web:',
  '  image: nginx:latest',
  '  command:',
  '    - nginx',
  '    - -g',
  '    - daemon off;',
  '  environment:',
  '    - MODE=prod # kept',
  '  labels:',
  '    aliyun.scale: "2"',
  '    aliyun.routing.port_80: web',
  '',
].join('\n');

describe('service form values', () => {
  it('round-trips a service through the dialog without changing the text', () => {
    const form = readServiceForm(TEMPLATE, 'web')!;
    const values = toFormValues(form);
    expect(values).toMatchObject({
      name: 'web',
      image: 'nginx:latest',
      scale: 2,
      command: 'nginx -g daemon off;',
      environment: [{ key: 'MODE', value: 'prod' }],
      routes: [{ containerPort: 80, domain: 'web' }],
      labels: [],
    });
    const edit = replaceServiceEdit(TEMPLATE, 'web', toServiceForm(values, form));
    expect(applyTextEdit(TEMPLATE, edit)).toBe(TEMPLATE);
  });

  it('writes what the dialog changed: scale, a new variable, an emptied port list', () => {
    const form = readServiceForm(TEMPLATE, 'web')!;
    const values = {
      ...toFormValues(form),
      scale: 3,
      environment: [
        { key: 'MODE', value: 'prod' },
        { key: ' X ', value: '1' },
      ],
    };
    const text = applyTextEdit(TEMPLATE, replaceServiceEdit(TEMPLATE, 'web', toServiceForm(values, form)));
    expect(text).toContain('aliyun.scale: "3"');
    expect(text).toContain('- X=1');
    expect(text).toContain('- MODE=prod # kept');
  });

  it('edits Web Routing as rows: a domain added to a port, a new port routed, an emptied row dropped', () => {
    const form = readServiceForm(TEMPLATE, 'web')!;
    const values = {
      ...toFormValues(form),
      routes: [
        { containerPort: 80, domain: 'web;http://www.example.com/shop' },
        { containerPort: 8080, domain: 'admin' },
        { containerPort: 9000, domain: ' ' },
      ],
    };
    const text = applyTextEdit(TEMPLATE, replaceServiceEdit(TEMPLATE, 'web', toServiceForm(values, form)));
    expect(readServiceForm(text, 'web')!.labels).toEqual({
      'aliyun.routing.port_80': 'web;http://www.example.com/shop',
      'aliyun.routing.port_8080': 'admin',
    });
    expect(
      repeatsPort(
        [
          { containerPort: 80, domain: 'a' },
          { containerPort: 80, domain: 'b' },
        ],
        1,
      ),
    ).toBe(true);
    expect(
      repeatsPort(
        [
          { containerPort: 80, domain: 'a' },
          { containerPort: 81, domain: 'b' },
        ],
        1,
      ),
    ).toBe(false);
  });

  it('removes settings left empty: no scale, restart or command', () => {
    const form = toServiceForm({ ...toFormValues(newServiceForm('db', 'mysql')), scale: null, restart: '' });
    expect(form).toMatchObject({ scale: null, restart: null, command: null, environment: {}, labels: {} });
  });

  it('adds a new service as the guide shows one', () => {
    const text = applyTextEdit(TEMPLATE, addServiceEdit(TEMPLATE, newServiceForm('db', 'mysql:5.7')));
    expect(text).toContain('db:\n  image: mysql:5.7\n  restart: always\n  labels:\n    aliyun.scale: "1"');
  });
});

describe('suggestServiceName', () => {
  it.each([
    ['nginx:latest', [], 'nginx'],
    ['registry.aliyuncs.com/acs/proxy:0.5', [], 'proxy'],
    ['nginx', ['nginx', 'nginx-2'], 'nginx-3'],
    [':x', [], 'service'],
  ])('%s with %j taken is %s', (image, taken, name) => {
    expect(suggestServiceName(image, taken)).toBe(name);
  });

  it('shows the auto scaling labels in More Settings and writes them back', () => {
    const form = {
      ...newServiceForm('web', 'nginx'),
      labels: {
        'aliyun.auto_scaling.max_memory': '80',
        'aliyun.auto_scaling.min_memory': '20',
        'aliyun.auto_scaling.max_instances': '4',
        'aliyun.probe.url': 'http://container:80',
      },
    };
    const values = toFormValues(form);
    expect(values.autoScalingEnabled).toBe(true);
    expect(values.autoScaling).toEqual({
      metric: 'memory',
      expansion: 80,
      contraction: 20,
      step: 1,
      minInstances: 1,
      maxInstances: 4,
    });
    expect(values.labels).toEqual([{ key: 'aliyun.probe.url', value: 'http://container:80' }]);
    expect(toServiceForm({ ...values, autoScalingEnabled: false }).labels).toEqual({
      'aliyun.probe.url': 'http://container:80',
    });
    expect(toServiceForm({ ...values, autoScaling: { ...values.autoScaling, step: 2 } }).labels).toMatchObject({
      'aliyun.auto_scaling.max_memory': '80',
      'aliyun.auto_scaling.min_memory': '20',
      'aliyun.auto_scaling.step': '2',
      'aliyun.auto_scaling.min_instances': '1',
      'aliyun.auto_scaling.max_instances': '4',
    });
  });
});
