import { describe, expect, it } from 'vitest';
import type { ServiceRoute } from '@cs/contracts';
import {
  accessTarget,
  backendsText,
  changedWeights,
  firstRoutingHost,
  listenerCurlCommand,
  routeLoadBalancers,
  routedServices,
  shellQuote,
  webEndpoints,
} from './routes.utils.ts';

const route = (overrides: Partial<ServiceRoute> = {}): ServiceRoute => ({
  serviceId: 's1',
  serviceName: 'nginx-v1',
  kind: 'routing',
  containerPort: 80,
  scheme: 'http',
  host: 'nginx.c1.cn-hangzhou.alicontainer.com',
  contextPath: null,
  slb: null,
  frontPort: null,
  hostPort: null,
  endpoint: 'http://nginx.c1.cn-hangzhou.alicontainer.com/',
  weight: 100,
  releaseRole: null,
  backends: 2,
  sessionSticky: true,
  ...overrides,
});
const lbRoute = route({
  serviceId: 's3',
  serviceName: 'redis',
  kind: 'lb',
  scheme: 'tcp',
  host: null,
  slb: 'slb_redis',
  frontPort: 6379,
  hostPort: 6379,
  endpoint: 'tcp://slb_redis:6379',
});

describe('backendsText', () => {
  it('counts healthy containers in words', () => {
    expect(backendsText(2)).toBe('2 healthy containers');
    expect(backendsText(1)).toBe('1 healthy container');
    expect(backendsText(0)).toBe('No healthy containers');
  });
});

describe('shellQuote and listenerCurlCommand', () => {
  it('makes one shell word of any text, quotes included', () => {
    expect(shellQuote('Host: a.example.com')).toBe("'Host: a.example.com'");
    expect(shellQuote("it's $(rm -rf /)")).toBe(`'it'\\''s $(rm -rf /)'`);
  });

  it('curls the listener with the route host as the Host header', () => {
    expect(listenerCurlCommand({ host: '127.0.0.1', port: 41234, slbId: 'lb-1' }, 'nginx.example.com')).toBe(
      "curl -H 'Host: nginx.example.com' http://127.0.0.1:41234/",
    );
  });
});

describe('firstRoutingHost', () => {
  it('is the domain of the first simple route, skipping Server Load Balancer routes', () => {
    expect(firstRoutingHost([lbRoute, route({ host: 'web.example.com' }), route()])).toBe('web.example.com');
    expect(firstRoutingHost([lbRoute])).toBeNull();
  });
});

describe('routedServices and changedWeights', () => {
  const routes = [
    route({ releaseRole: 'blue' }),
    route({ containerPort: 443, scheme: 'https', releaseRole: 'blue' }),
    route({ serviceId: 's2', serviceName: 'nginx-v2', weight: 0, releaseRole: 'green' }),
  ];

  it('lists each service once, with its weight and side of the release', () => {
    expect(routedServices(routes)).toEqual([
      { serviceId: 's1', serviceName: 'nginx-v1', weight: 100, releaseRole: 'blue' },
      { serviceId: 's2', serviceName: 'nginx-v2', weight: 0, releaseRole: 'green' },
    ]);
  });

  it('keeps only the weights the edit changed, ignoring cleared fields', () => {
    const services = routedServices(routes);
    expect(changedWeights(services, { s1: 100, s2: 100 })).toEqual([{ serviceId: 's2', weight: 100 }]);
    expect(changedWeights(services, { s1: 0, s2: 100 })).toHaveLength(2);
    expect(changedWeights(services, { s1: null, s2: 0 })).toEqual([]);
  });
});

describe('webEndpoints and accessTarget', () => {
  const httpLb = route({
    ...lbRoute,
    scheme: 'http',
    endpoint: 'http://slb_web:8080',
    slb: 'slb_web',
    frontPort: 8080,
  });

  it('offers the web endpoints and HTTP to each TCP or HTTP front port, once each', () => {
    const udp = route({ ...lbRoute, scheme: 'udp', slb: 'slb_dns', frontPort: 53 });
    expect(webEndpoints([route(), route({ containerPort: 81 }), lbRoute, httpLb, udp])).toEqual([
      'http://nginx.c1.cn-hangzhou.alicontainer.com/',
      `http://${lbRoute.slb}:${lbRoute.frontPort}/`,
      'http://slb_web:8080/',
    ]);
    expect(routeLoadBalancers([route(), lbRoute, httpLb, udp])).toEqual([lbRoute.slb, 'slb_web', 'slb_dns']);
  });

  it('names the Server Load Balancer chosen, or of an lb endpoint, and none for a domain', () => {
    expect(accessTarget(' http://slb_web:8080/ ', [httpLb])).toEqual({ url: 'http://slb_web:8080/', slb: 'slb_web' });
    expect(accessTarget('http://nginx.example.com/', [httpLb])).toEqual({ url: 'http://nginx.example.com/' });
    expect(accessTarget('http://appone.example.com/', [httpLb], 'proxy_test')).toEqual({
      url: 'http://appone.example.com/',
      slb: 'proxy_test',
    });
  });
});
