import { describe, expect, it } from 'vitest';
import { makeNode } from '../../testing/factories.ts';
import { faultKind, faultTarget, imageReference, nodeOutageProblem, zonesOf } from './simulation.utils.ts';

const fault = (spec: { targetKind: 'image' | 'service' | 'node'; targetId: string | null; step: string | null }) => ({
  spec: { ...spec, message: '', count: 1 },
});

describe('zonesOf', () => {
  it('lists each zone once, sorted, counting its Offline nodes', () => {
    const nodes = [
      makeNode({ spec: { zone: 'cn-hangzhou-d' } }),
      makeNode({ spec: { zone: 'cn-hangzhou-b' }, status: { phase: 'Offline' } }),
      makeNode({ spec: { zone: 'cn-hangzhou-b' } }),
    ];
    expect(zonesOf(nodes)).toEqual([
      { zone: 'cn-hangzhou-b', nodes: 2, offline: 1 },
      { zone: 'cn-hangzhou-d', nodes: 1, offline: 0 },
    ]);
  });
});

describe('nodeOutageProblem', () => {
  it('takes down Normal nodes and brings up Offline ones only', () => {
    expect(nodeOutageProblem(makeNode(), true)).toBeUndefined();
    expect(nodeOutageProblem(makeNode(), false)).toMatch(/Offline node/);
    expect(nodeOutageProblem(makeNode({ status: { phase: 'Offline' } }), false)).toBeUndefined();
    expect(nodeOutageProblem(makeNode({ status: { phase: 'Removing' } }), true)).toMatch(/Removing/);
  });
});

describe('imageReference', () => {
  it('adds the latest tag a pull would use', () => {
    expect(imageReference(' nginx ')).toBe('nginx:latest');
    expect(imageReference('registry.aliyuncs.com:5000/acs/proxy')).toBe('registry.aliyuncs.com:5000/acs/proxy:latest');
  });

  it('keeps a tag that is given', () => {
    expect(imageReference('nginx:1.11')).toBe('nginx:1.11');
    expect(imageReference('registry.aliyuncs.com/acs-sample/wordpress:4.5')).toBe(
      'registry.aliyuncs.com/acs-sample/wordpress:4.5',
    );
  });
});

describe('faultKind and faultTarget', () => {
  it('names the panel’s three faults and their targets', () => {
    const names = new Map([['s-1', 'wordpress_web']]);
    expect(faultKind(fault({ targetKind: 'image', targetId: 'nginx:latest', step: 'Pull' }))).toBe(
      'Image pull failure',
    );
    expect(faultTarget(fault({ targetKind: 'service', targetId: 's-1', step: 'Probe' }), names)).toBe('wordpress_web');
    expect(faultTarget(fault({ targetKind: 'service', targetId: null, step: 'Crash' }), names)).toBe('Every service');
  });

  it('names other faults by their step', () => {
    expect(faultKind(fault({ targetKind: 'node', targetId: 'n-1', step: 'NodeDetached' }))).toBe(
      'node NodeDetached failure',
    );
    expect(faultKind(fault({ targetKind: 'node', targetId: 'n-1', step: null }))).toBe('Any node step fails');
  });
});
