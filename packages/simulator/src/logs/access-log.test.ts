import { describe, expect, it } from 'vitest';
import { probePath } from './access-log.ts';

const http = (target: string) => ({ kind: 'http' as const, target, timeoutSeconds: null, initialDelaySeconds: null });

describe('probePath', () => {
  it('reads the path the http health check asks for', () => {
    expect(probePath(http('http://container:80/license.txt'))).toBe('/license.txt');
    expect(probePath(http('http://container/ping?deep=1'))).toBe('/ping?deep=1');
    expect(probePath(http('http://container:8080'))).toBe('/');
  });

  it('gives none for tcp and cmd checks', () => {
    expect(probePath({ ...http('tcp://container:3306'), kind: 'tcp' })).toBeNull();
    expect(probePath({ ...http('health_check.sh'), kind: 'cmd' })).toBeNull();
    expect(probePath(null)).toBeNull();
  });
});
