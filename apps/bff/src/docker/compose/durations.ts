const UNITS: readonly (readonly [suffix: string, nanoseconds: number])[] = [
  ['s', 1e9],
  ['ms', 1e6],
  ['us', 1e3],
];

/** A Docker duration in nanoseconds as Compose writes it: `30s`, or `1500ms` when not whole seconds. */
export function composeDuration(nanoseconds: number): string {
  const unit = UNITS.find(([, size]) => nanoseconds % size === 0);
  return unit ? `${nanoseconds / unit[1]}${unit[0]}` : `${nanoseconds}ns`;
}
