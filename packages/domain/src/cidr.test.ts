import { describe, expect, it } from 'vitest';
import { cidrsOverlap, formatAddress, parseCidr, rangesOutside } from './cidr.ts';

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

describe('rangesOutside', () => {
  const dotted = (ranges: { start: number; end: number }[]) =>
    ranges.map((r) => `${formatAddress(r.start)}-${formatAddress(r.end - 1)}`);

  it('keeps the whole block when nothing is excluded from it', () => {
    expect(dotted(rangesOutside('192.168.2.0/24', ['172.18.0.0/16']))).toEqual(['192.168.2.0-192.168.2.255']);
  });
  it('cuts an excluded block out of the middle', () => {
    expect(dotted(rangesOutside('10.1.0.0/16', ['10.1.128.0/17', '10.1.0.0/24']))).toEqual(['10.1.1.0-10.1.127.255']);
  });
  it('leaves nothing when the excluded block covers it', () => {
    expect(rangesOutside('192.168.2.0/24', ['192.168.0.0/16'])).toEqual([]);
  });
});
