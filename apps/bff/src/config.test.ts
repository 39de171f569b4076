import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig PUBLIC_URL', () => {
  it('defaults to localhost on PORT', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000');
  });

  it.each([
    ['https://console.example.com', 'https://console.example.com'],
    ['https://console.example.com/', 'https://console.example.com'],
    ['HTTP://Console.Example.COM:8443', 'http://console.example.com:8443'],
    ['http://10.0.0.7:8080', 'http://10.0.0.7:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('takes %s as the origin %s', (value, origin) => {
    expect(loadConfig({ PUBLIC_URL: value }).publicUrl).toBe(origin);
  });

  it.each([
    "http://x'$(touch /tmp/m)'",
    'http://a$(id).example.com',
    'http://a`id`.example.com',
    'http://a;id.example.com',
    'http://exa mple.com',
    'ftp://example.com',
    'javascript:alert(1)',
    'http://user:pass@example.com',
    'http://example.com/console',
    'http://example.com/?q=1',
    'http://example.com/#x',
    'example.com',
  ])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL: PUBLIC_URL must be an http\(s\) origin/);
  });
});

describe('loadConfig quotas', () => {
  it("defaults to the guide's 5 clusters of up to 20 nodes", () => {
    expect(loadConfig({}).quotas).toEqual({ clusters: 5, nodesPerCluster: 20 });
  });

  it('reads QUOTA_CLUSTERS and QUOTA_NODES_PER_CLUSTER', () => {
    expect(loadConfig({ QUOTA_CLUSTERS: '4', QUOTA_NODES_PER_CLUSTER: '500' }).quotas).toEqual({
      clusters: 4,
      nodesPerCluster: 500,
    });
  });

  it.each([
    ['QUOTA_CLUSTERS', '0'],
    ['QUOTA_CLUSTERS', '1001'],
    ['QUOTA_NODES_PER_CLUSTER', '5001'],
    ['QUOTA_NODES_PER_CLUSTER', '2.5'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });
});
