import { describe, expect, it } from 'vitest';
import { NAV_ENTRIES, openNavKeys, selectedNavKey } from './navigation.utils.ts';

describe('NAV_ENTRIES', () => {
  it('has the guide’s entries in the guide’s order, then Simulation', () => {
    expect(NAV_ENTRIES.map((e) => e.label)).toEqual([
      'Overview',
      'Applications',
      'Services',
      'Clusters',
      'Nodes',
      'Data Volumes',
      'Images and Templates',
      'Operation Logs',
      'Server Load Balancer',
      'Getting Started',
      'Simulation',
    ]);
    expect(NAV_ENTRIES[6]?.children?.map((e) => e.label)).toEqual(['Docker Images', 'Orchestration Templates']);
    expect(NAV_ENTRIES[8]?.children?.map((e) => e.label)).toEqual(['Instances', 'Certificates']);
  });
});

describe('selectedNavKey', () => {
  it('selects the entry of the page', () => {
    expect(selectedNavKey('/')).toBe('/');
    expect(selectedNavKey('/clusters')).toBe('/clusters');
    expect(selectedNavKey('/templates')).toBe('/templates');
  });

  it('selects the list for a page below it', () => {
    expect(selectedNavKey('/clusters/c-1/nodes')).toBe('/clusters');
  });

  it('selects the most specific page of the Server Load Balancer console', () => {
    expect(selectedNavKey('/load-balancers')).toBe('/load-balancers');
    expect(selectedNavKey('/load-balancers/lb-1')).toBe('/load-balancers');
    expect(selectedNavKey('/load-balancers/certificates')).toBe('/load-balancers/certificates');
    expect(openNavKeys('/load-balancers/certificates')).toEqual(['server-load-balancer']);
  });

  it('does not confuse paths that only share a prefix', () => {
    expect(selectedNavKey('/nodes-x')).toBeUndefined();
  });

  it('selects nothing for an unknown page', () => {
    expect(selectedNavKey('/no-such-page')).toBeUndefined();
  });
});

describe('openNavKeys', () => {
  it('opens Images and Templates for its pages only', () => {
    expect(openNavKeys('/images')).toEqual(['images-and-templates']);
    expect(openNavKeys('/templates')).toEqual(['images-and-templates']);
    expect(openNavKeys('/clusters')).toEqual([]);
  });
});
