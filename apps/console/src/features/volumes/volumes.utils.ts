import type { Key } from 'react';
import type { VolumeRowDto } from '@cs/contracts';

/** The Driver column's words. */
export function driverLabel(driver: VolumeRowDto['driver']): string {
  return driver === 'ossfs' ? 'OSS File System' : 'local';
}

/** A row's key: a volume name on one node, OSSFS or local. */
export const volumeRowKey = (row: Pick<VolumeRowDto, 'driver' | 'name' | 'nodeId'>) =>
  `${row.driver}/${row.name}/${row.nodeId}`;

/** The names Batch Delete deletes: each selected volume name once, in the order first selected. */
export function namesToDelete(rows: readonly VolumeRowDto[], selectedKeys: readonly Key[]): string[] {
  const selected = new Set(selectedKeys.map(String));
  return [...new Set(rows.filter((r) => selected.has(volumeRowKey(r))).map((r) => r.name))];
}

/** What a Batch Delete did: the names deleted and, for each refused one, why. */
export function batchDeleteSummary(results: readonly { name: string; error?: string }[]): {
  deleted: string[];
  refused: string[];
} {
  return {
    deleted: results.filter((r) => r.error === undefined).map((r) => r.name),
    refused: results.filter((r) => r.error !== undefined).map((r) => `${r.name}: ${r.error}`),
  };
}
