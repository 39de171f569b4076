import { describe, expect, it } from 'vitest';
import { directiveList, escapeWord, haproxyName, singleLine, splitOnUnescapedCommas } from './text.ts';

function collect() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => warnings.push(message) };
}

describe('acs/proxy setting text', () => {
  it('splits on commas but keeps escaped ones, trimming and dropping empty parts', () => {
    expect(splitOnUnescapedCommas('log rsyslog local0,log global, option httplog')).toEqual([
      'log rsyslog local0',
      'log global',
      'option httplog',
    ]);
    expect(splitOnUnescapedCommas('http-request set-header X a\\,b,, ,maxconn 2000')).toEqual([
      'http-request set-header X a,b',
      'maxconn 2000',
    ]);
  });

  it('refuses a line break, another control character, an unmatched quote or a trailing backslash', () => {
    const { warnings, warn } = collect();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', 'a\nb', warn)).toBeUndefined();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', 'a\rb', warn)).toBeUndefined();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', 'a\u0000', warn)).toBeUndefined();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', 'a "b', warn)).toBeUndefined();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', "it's", warn)).toBeUndefined();
    expect(singleLine('EXTRA_GLOBAL_SETTINGS', 'a\\', warn)).toBeUndefined();
    expect(warnings).toHaveLength(6);
    expect(warnings[0]).toBe(
      'EXTRA_GLOBAL_SETTINGS contains a line break or another control character ("a\\nb"); ignored.',
    );
    expect(singleLine('X', ' set-header X "a b" \\" ', warn)).toBe('set-header X "a b" \\"');
  });

  it('bounds the parts of a directive list', () => {
    const { warnings, warn } = collect();
    expect(directiveList('EXTRA_DEFAULT_SETTINGS', Array(150).fill('option httplog').join(','), warn)).toHaveLength(
      100,
    );
    expect(warnings).toEqual(['EXTRA_DEFAULT_SETTINGS has more than 100 parts; the rest are ignored.']);
  });

  it('escapes the separators, comment sign and quotes of one argument', () => {
    expect(escapeWord(`pa ss#"'\\`)).toBe(`pa\\ ss\\#\\"\\'\\\\`);
  });

  it('keeps names to HAProxy’s characters and a bounded length', () => {
    expect(haproxyName('shop_web-1.a:b')).toBe('shop_web-1.a:b');
    expect(haproxyName('web 1\nacl x')).toBe('web_1_acl_x');
    expect(haproxyName('')).toBe('_');
    expect(haproxyName('x'.repeat(500))).toHaveLength(100);
  });
});
