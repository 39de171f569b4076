import { describe, expect, it } from 'vitest';
import type { ListenerDto } from '@cs/contracts';
import {
  bandwidthLabel,
  listenerFamily,
  listenerMapping,
  loadBalancerPath,
  regionLabel,
  regionParam,
} from './load-balancers.utils.ts';

const https = {
  frontendProtocol: 'https',
  frontendPort: 443,
  backendProtocol: 'http',
  backendPort: 9080,
} as ListenerDto;

describe('load balancer labels', () => {
  it('names regions, bandwidths and listeners as the Server Load Balancer console does', () => {
    expect(regionLabel('cn-hangzhou')).toBe('China East 1 (Hangzhou)');
    expect(regionLabel('xx-1')).toBe('xx-1');
    expect(bandwidthLabel(null)).toBe('Unlimited');
    expect(bandwidthLabel(20)).toBe('20M');
    expect(listenerMapping(https)).toBe('HTTPS:443 → HTTP:9080');
    expect(listenerFamily(https)).toBe('tcp');
    expect(listenerFamily({ frontendProtocol: 'udp' })).toBe('udp');
  });

  it('keeps the region and tab in the URL, falling back to the current region', () => {
    expect(regionParam('cn-beijing')).toBe('cn-beijing');
    expect(regionParam('nowhere')).toBe('cn-hangzhou');
    expect(regionParam(null)).toBe('cn-hangzhou');
    expect(loadBalancerPath('lb-1', 'listeners')).toBe('/load-balancers/lb-1?tab=listeners');
  });
});
