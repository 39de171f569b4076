import { describe, expect, it } from 'vitest';
import { cidrsOverlap, parseCidr } from './cidr.ts';

describe('parseCidr', () => {
  it('normalises the base address to the prefix', () => {
    expect(parseCidr('172.18.3.7/16')).toEqual({ base: (172 * 256 + 18) * 65536, prefix: 16 });
  });
  it.each(['172.18.0.0', '256.0.0.0/8', '10.0.0.0/33', 'a.b.c.d/8'])('rejects %j', (cidr) => {
    expect(parseCidr(cidr)).toBeUndefined();
  });
});

describe('cidrsOverlap', () => {
  it('sees a container range inside the VSwitch range', () => {
    expect(cidrsOverlap('192.168.0.0/16', '192.168.1.0/24')).toBe(true);
  });
  it('accepts adjacent ranges', () => {
    expect(cidrsOverlap('172.16.0.0/16', '172.17.0.0/16')).toBe(false);
  });
});
