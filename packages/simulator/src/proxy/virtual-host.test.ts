import { describe, expect, it } from 'vitest';
import { readVirtualHosts, virtualHostRules } from './virtual-host.ts';

const read = (value: string) => {
  const warnings: string[] = [];
  return { hosts: readVirtualHosts('VIRTUAL_HOST', value, (m) => warnings.push(m)), warnings };
};

describe('VIRTUAL_HOST', () => {
  it('reads the guide’s forms with their default ports', () => {
    expect(read('http://domain.com, domain.com:90, https://domain.com, wss://w.com:444/ws, */path').hosts).toEqual([
      { scheme: 'http', host: 'domain.com', port: 80, path: '' },
      { scheme: 'http', host: 'domain.com', port: 90, path: '' },
      { scheme: 'https', host: 'domain.com', port: 443, path: '' },
      { scheme: 'wss', host: 'w.com', port: 444, path: '/ws' },
      { scheme: 'http', host: '*', port: 80, path: '/path' },
    ]);
  });

  it('refuses other schemes, bad ports and characters that would break the ACL', () => {
    const { hosts, warnings } = read('ftp://a.com, a.com:0, a.com:99999, -i, a b.com, a.com/p?q, a.com/"x, good.com');
    expect(hosts.map((h) => h.host)).toEqual(['good.com']);
    expect(warnings).toHaveLength(7);
  });

  it('writes exact host ACLs, with and without the port', () => {
    expect(virtualHostRules({ scheme: 'http', host: 'www.a.com', port: 80, path: '' }, 3, 'SERVICE_x')).toEqual([
      'acl host_rule_3 hdr(host) -i www.a.com',
      'acl host_rule_3_port hdr(host) -i www.a.com:80',
      'use_backend SERVICE_x if host_rule_3 or host_rule_3_port',
    ]);
  });

  it('writes wildcards as anchored regexes, and paths and websockets into the condition', () => {
    expect(virtualHostRules({ scheme: 'wss', host: '*.domain.com', port: 443, path: '/path*.php' }, 1, 'S')).toEqual([
      'acl host_rule_1 hdr_reg(host) -i ^.*\\.domain\\.com$',
      'acl host_rule_1_port hdr_reg(host) -i ^.*\\.domain\\.com:443$',
      'acl path_rule_1 path_reg -i ^/path.*\\.php$',
      'use_backend S if is_websocket path_rule_1 host_rule_1 or is_websocket path_rule_1 host_rule_1_port',
    ]);
    expect(virtualHostRules({ scheme: 'http', host: 'a.com', port: 80, path: '/static/' }, 2, 'S')[2]).toBe(
      'acl path_rule_2 path -i /static/',
    );
  });
});
