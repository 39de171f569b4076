import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestOf, virtualHostOf } from './testing/urls.ts';
import { matchesVirtualHost } from './virtual-host.ts';
import type { VirtualHostRule } from './virtual-host-table.ts';
import { VirtualHostTable } from './virtual-host-table.ts';

const rule = (text: string, target: string, weight?: number): VirtualHostRule => ({
  virtualHost: virtualHostOf(text),
  target,
  ...(weight === undefined ? {} : { weight }),
});

describe('VirtualHostTable', () => {
  it("sends web.domain.com to webapp and the rest of *.domain.com to app, as in the guide's use case", () => {
    for (const rules of [
      [rule('web.domain.com', 'webapp', 1), rule('*.domain.com', 'app', 0)],
      [rule('*.domain.com', 'app', 0), rule('web.domain.com', 'webapp', 1)],
    ]) {
      const table = new VirtualHostTable(rules);
      expect(table.lookup(requestOf('web.domain.com/'))).toBe('webapp');
      expect(table.lookup(requestOf('shop.domain.com/'))).toBe('app');
      expect(table.lookup(requestOf('domain.com/'))).toBeUndefined();
    }
  });

  it('lets a wildcard rule of higher weight win over an exact rule of lower weight', () => {
    const table = new VirtualHostTable([rule('web.domain.com', 'exact'), rule('*.domain.com', 'wide', 5)]);
    expect(table.lookup(requestOf('web.domain.com'))).toBe('wide');
  });

  it('tries rules of equal weight in declaration order (the default weight is 0)', () => {
    expect(
      new VirtualHostTable([rule('*.domain.com', 'wide'), rule('web.domain.com', 'exact')]).lookup(
        requestOf('web.domain.com'),
      ),
    ).toBe('wide');
    expect(
      new VirtualHostTable([rule('web.domain.com', 'exact'), rule('*.domain.com', 'wide', 0)]).lookup(
        requestOf('web.domain.com'),
      ),
    ).toBe('exact');
  });

  it('falls through an exact domain whose path does not match to the next rule', () => {
    const table = new VirtualHostTable([rule('domain.com/api/*', 'api', 2), rule('*', 'site')]);
    expect(table.lookup(requestOf('domain.com/api/users?page=2'))).toBe('api');
    expect(table.lookup(requestOf('domain.com/about'))).toBe('site');
  });

  it('keeps listeners apart: port and TLS are part of the key', () => {
    const table = new VirtualHostTable([
      rule('domain.com', 'http'),
      rule('https://domain.com', 'https'),
      rule('domain.com:90', 'port-90'),
      rule('https://*:444', 'tls-444'),
    ]);
    expect(table.lookup(requestOf('domain.com'))).toBe('http');
    expect(table.lookup(requestOf('https://Domain.COM/x'))).toBe('https');
    expect(table.lookup(requestOf('domain.com:90'))).toBe('port-90');
    expect(table.lookup(requestOf('https://other.org:444'))).toBe('tls-444');
    expect(table.lookup(requestOf('domain.com:91'))).toBeUndefined();
  });

  it('finds wildcard rules with long literal suffixes, and bounds the work for a Host of many labels', () => {
    const deep = `*.${'x.'.repeat(12)}com`;
    const table = new VirtualHostTable([rule(deep, 'deep'), rule('*.x.com', 'shallow')]);
    expect(table.lookup(requestOf(`a.${'x.'.repeat(12)}com`))).toBe('deep');
    expect(table.lookup(requestOf(`${'a.'.repeat(5000)}x.com`))).toBe('shallow');
    expect(table.lookup(requestOf(`${'.'.repeat(5000)}`))).toBeUndefined();
  });

  it('answers exactly like trying every rule in weight order', () => {
    const domain = fc.constantFrom(
      'a.com',
      'b.a.com',
      '*.a.com',
      '*.b.a.com',
      '*b.a.com',
      'c*.a.com',
      '*',
      'a.*',
      '*a.com',
      '*.*.com',
      'b.org',
    );
    const path = fc.constantFrom('', '/x', '/x/*', '/x*', '/*.js', '/*', '/X/y', '/*/y');
    const scheme = fc.constantFrom('', 'https://', 'ws://');
    const port = fc.constantFrom('', ':90');
    const text = fc.tuple(scheme, domain, port, path).map((parts) => parts.join(''));
    const rules = fc.array(fc.record({ text, weight: fc.integer({ min: 0, max: 3 }) }), { maxLength: 12 });
    const host = fc.constantFrom('a.com', 'b.a.com', 'c.b.a.com', 'cb.a.com', 'a.org', 'b.org', 'xa.com', '.a.com');
    const url = fc
      .tuple(scheme, host, port, fc.constantFrom('/', '/x', '/x/', '/xy', '/x/y', '/z/y', '/a.js', '/X/Y?q=1'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(rules, url, (declared, requestUrl) => {
        const table = new VirtualHostTable(declared.map((r, i) => rule(r.text, `r${i}`, r.weight)));
        const request = requestOf(requestUrl);
        const expected = declared
          .map((r, i) => ({ ...r, i }))
          .sort((a, b) => b.weight - a.weight || a.i - b.i)
          .find((r) => matchesVirtualHost(virtualHostOf(r.text), request));
        expect(table.lookup(request)).toBe(expected === undefined ? undefined : `r${expected.i}`);
      }),
      { numRuns: 500 },
    );
  });
});
