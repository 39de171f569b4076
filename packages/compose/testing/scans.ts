import { vi } from 'vitest';

const SCANS = ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'some', 'every', 'filter'] as const;

/**
 * How many times `run` searches an array of at least `minLength` items (includes, find, some…),
 * in our code or the YAML library's. A rule that searches a long list once per item is quadratic;
 * linear analysis searches a long list a few times in all, whatever the template's size.
 */
export function longScans(minLength: number, run: () => void): number {
  let count = 0;
  const spies = SCANS.map((name) => {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    return vi.spyOn(Array.prototype, name).mockImplementation(function (this: unknown[], ...args: unknown[]) {
      if (this.length >= minLength) count++;
      return original.apply(this, args);
    } as never);
  });
  try {
    run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return count;
}
