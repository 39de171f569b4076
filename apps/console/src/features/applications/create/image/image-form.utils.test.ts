import { describe, expect, it } from 'vitest';
import { buildImageTemplate } from '@cs/compose';
import {
  catalogueName,
  hostPortProblem,
  initialImageValues,
  loadBalancerPortProblem,
  splitImageReference,
  toImageTemplateForm,
  volumeProblem,
} from './image-form.utils.ts';

describe('toImageTemplateForm', () => {
  it('leaves out rows not filled in and numbers not typed', () => {
    const form = toImageTemplateForm(
      {
        ...initialImageValues('nginx', '1.11'),
        ports: [
          { hostPort: null, containerPort: 80, protocol: 'tcp' },
          { hostPort: 8080, containerPort: null, protocol: 'tcp' },
        ],
        routes: [{ containerPort: 80, domain: ' ' }],
        environment: [{ key: '', value: 'x' }],
      },
      'web',
    );
    expect(form).toMatchObject({ service: 'web', image: 'nginx', version: '1.11', cpuShares: undefined });
    expect(form.ports).toEqual([{ containerPort: 80, protocol: 'tcp', hostPort: undefined }]);
    expect(form.routes).toEqual([]);
    expect(form.environment).toEqual([]);
    expect(form.autoScaling).toBeUndefined();
  });

  it('turns the guide example into its template: nginx with a port mapping', () => {
    const values = {
      ...initialImageValues('nginx'),
      ports: [{ hostPort: 80, containerPort: 80, protocol: 'tcp' as const }],
    };
    expect(buildImageTemplate(toImageTemplateForm(values, 'nginx'))).toContain('    ports:\n      - "80:80"\n');
  });

  it('writes Auto Scaling only when it is enabled', () => {
    const values = { ...initialImageValues('nginx'), autoScalingEnabled: true };
    expect(toImageTemplateForm(values, 'nginx').autoScaling).toMatchObject({ metric: 'cpu', step: 1 });
  });
});

describe('field rules', () => {
  it('refuses the host ports of the cluster’s own services', () => {
    expect(hostPortProblem(9080)).toBe('The host port cannot be set to 9080, 2376, 3376');
    expect(hostPortProblem(3376)).toBeDefined();
    expect(hostPortProblem(8080)).toBeUndefined();
    expect(hostPortProblem(null)).toBeUndefined();
  });

  it('needs a host port mapping for a Load Balancer', () => {
    const ports = [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' as const }];
    expect(loadBalancerPortProblem(80, ports)).toBeUndefined();
    expect(loadBalancerPortProblem(443, ports)).toMatch(/Map container port 443 to a host port/);
  });

  it('checks data volume paths', () => {
    expect(volumeProblem('source', 'test')).toBeUndefined();
    expect(volumeProblem('target', 'data')).toMatch(/absolute/);
    expect(volumeProblem('target', '/a:b')).toMatch(/colon/);
    expect(volumeProblem('source', '')).toMatch(/host path or a data volume name/);
  });
});

describe('image names', () => {
  it('splits a reference at its tag, not at a registry port', () => {
    expect(splitImageReference('nginx:1.11')).toEqual({ image: 'nginx', version: '1.11' });
    expect(splitImageReference('registry:5000/team/app')).toEqual({ image: 'registry:5000/team/app', version: '' });
    expect(splitImageReference('registry.aliyuncs.com/acs/proxy:0.5')).toEqual({
      image: 'registry.aliyuncs.com/acs/proxy',
      version: '0.5',
    });
  });

  it('finds the catalogue name of a repository', () => {
    expect(catalogueName('nginx')).toBe('nginx');
    expect(catalogueName('registry.aliyuncs.com/acs/proxy')).toBe('acs/proxy');
    expect(catalogueName('acs-sample/alpine')).toBe('acs-sample/alpine');
  });
});
