/** Parses "a.b.c.d/n" into its first address and prefix length, or undefined when malformed. */
export function parseCidr(cidr: string): { base: number; prefix: number } | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return { base: address - (address % size), prefix };
}

/** An address range as numbers: `start` included, `end` excluded. */
export interface AddressRange {
  start: number;
  end: number;
}

function rangeOf(cidr: string): AddressRange | undefined {
  const block = parseCidr(cidr);
  return block && { start: block.base, end: block.base + 2 ** (32 - block.prefix) };
}

/** True when two CIDR blocks share at least one address. */
export function cidrsOverlap(a: string, b: string): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  if (!x || !y) return false;
  return x.start < y.end && y.start < x.end;
}

/**
 * The addresses of `cidr` that lie in none of the `excluded` blocks, in ascending ranges: where a
 * node may get its address when some of its VSwitch is taken (by a container segment).
 */
export function rangesOutside(cidr: string, excluded: readonly string[]): AddressRange[] {
  const whole = rangeOf(cidr);
  if (!whole) return [];
  let free: AddressRange[] = [whole];
  for (const cut of excluded.map(rangeOf)) {
    if (!cut) continue;
    free = free.flatMap(({ start, end }) =>
      [
        { start, end: Math.min(end, cut.start) },
        { start: Math.max(start, cut.end), end },
      ].filter((r) => r.start < r.end),
    );
  }
  return free;
}

/** The dotted form of an address given as a number. */
export function formatAddress(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}
