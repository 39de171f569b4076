import type { NodeLoad } from './state.ts';

/** How many names a message lists before "and N more": clusters may have 2,000 nodes. */
export const MAX_NAMES = 5;

/** "node1, node2, node3, node4, node5 and 12 more": a bounded list for messages. */
export function listed(names: readonly string[], max = MAX_NAMES): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** The name a message uses for a node ("node1"). */
export function nodeName(load: NodeLoad): string {
  return load.node?.name ?? load.nodeId;
}

/** The nodes' names, bounded. */
export function listedNodes(loads: readonly NodeLoad[]): string {
  return listed(loads.map(nodeName));
}

/** "1 container", "3 containers". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Singular or plural verb for a count: `verb(2, 'is', 'are')`. */
export function verb(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Bytes in binary units, as messages show them: "476.8 MiB", "8 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

/** " (the nodes left by constraint:group==1)" when earlier rules narrowed the nodes, else "". */
export function leftBy(narrowing: readonly string[]): string {
  return narrowing.length > 0 ? ` (the nodes left by ${narrowing.join(' and ')})` : '';
}
