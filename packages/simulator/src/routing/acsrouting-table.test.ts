import { describe, expect, it } from 'vitest';
import { AcsRoutingTable } from './acsrouting-table.ts';

const table = new AcsRoutingTable([
  { domain: 'wordpress.c1.cn-beijing.alicontainer.com', target: 'wordpress' },
  { domain: 'wp.sample.com', contextPath: '/context', target: 'context' },
  { domain: 'wp.sample.com', contextPath: '/context/admin', target: 'admin' },
  { domain: 'WWW.Example.com', target: 'site' },
  { domain: 'www.example.com', contextPath: '/shop/', target: 'shop' },
]);

describe('AcsRoutingTable', () => {
  it('routes by the Host header without its port, case-insensitively', () => {
    expect(table.lookup('wordpress.c1.cn-beijing.alicontainer.com', '/')).toBe('wordpress');
    expect(table.lookup('WordPress.C1.cn-beijing.alicontainer.com:80', '/wp-admin?x=1')).toBe('wordpress');
    expect(table.lookup('www.example.com:9080', '/')).toBe('site');
    expect(table.lookup('other.example.com', '/')).toBeUndefined();
  });

  it('takes /context for /context and /context/x but not /contextx', () => {
    expect(table.lookup('wp.sample.com', '/context')).toBe('context');
    expect(table.lookup('wp.sample.com', '/context/x')).toBe('context');
    expect(table.lookup('wp.sample.com', '/context?page=2')).toBe('context');
    expect(table.lookup('wp.sample.com', '/contextx')).toBeUndefined();
    expect(table.lookup('wp.sample.com', '/')).toBeUndefined();
  });

  it('lets the longest matching context path win, whatever the declaration order', () => {
    expect(table.lookup('wp.sample.com', '/context/admin/users')).toBe('admin');
    expect(table.lookup('wp.sample.com', '/context/administrator')).toBe('context');
  });

  it('lets an entry without context path take every path its context paths leave', () => {
    expect(table.lookup('www.example.com', '/shop')).toBe('shop');
    expect(table.lookup('www.example.com', '/shop/cart')).toBe('shop');
    expect(table.lookup('www.example.com', '/shopping')).toBe('site');
  });

  it('keeps the first of two entries with the same domain and context path', () => {
    const twice = new AcsRoutingTable([
      { domain: 'a.com', target: 'first' },
      { domain: 'a.com', contextPath: '/', target: 'second' },
    ]);
    expect(twice.lookup('a.com', '/x')).toBe('first');
  });
});
