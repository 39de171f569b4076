import { describe, expect, it } from 'vitest';
import { imageDigest, imageReference, pullDurationMs, repositoryName } from './registry.ts';

describe('the simulated registry', () => {
  it.each([
    ['nginx', 'nginx'],
    ['nginx:1.11', 'nginx'],
    ['registry.aliyuncs.com/acs-sample/wordpress:4.5', 'wordpress'],
    ['localhost:5000/team/redis@sha256:abc', 'redis'],
  ])('reads the repository of %s as %s', (image, repository) => {
    expect(repositoryName(image)).toBe(repository);
  });

  it('keys an untagged image as :latest', () => {
    expect(imageReference('nginx')).toBe('nginx:latest');
    expect(imageReference('localhost:5000/nginx')).toBe('localhost:5000/nginx:latest');
    expect(imageReference('nginx:1.11')).toBe('nginx:1.11');
  });

  it('serves one digest per tag until a push changes it', () => {
    expect(imageDigest('nginx', 0)).toBe(imageDigest('nginx:latest', 0));
    expect(imageDigest('nginx', 0)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(imageDigest('nginx', 1)).not.toBe(imageDigest('nginx', 0));
    expect(imageDigest('nginx:1.11', 0)).not.toBe(imageDigest('nginx', 0));
  });

  it('takes longer to pull a bigger image', () => {
    expect(pullDurationMs('mysql:5.7')).toBeGreaterThan(pullDurationMs('nginx'));
    expect(pullDurationMs('busybox')).toBeLessThan(2_000);
  });
});
