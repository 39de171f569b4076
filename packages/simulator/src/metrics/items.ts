/** The built-in monitored items, in the order series are answered (the contract's METRIC_ITEMS). */
export const ITEMS = ['cpu', 'memory', 'networkRx', 'networkTx', 'diskRead', 'diskWrite'] as const;
export type Item = (typeof ITEMS)[number];

/** One number per item. */
export type ItemValues = Record<Item, number>;

export const itemValues = (value: (item: Item) => number): ItemValues =>
  Object.fromEntries(ITEMS.map((item) => [item, value(item)])) as ItemValues;
