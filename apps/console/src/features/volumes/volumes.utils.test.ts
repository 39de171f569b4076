import { describe, expect, it } from 'vitest';
import type { VolumeRowDto } from '@cs/contracts';
import { batchDeleteSummary, driverLabel, namesToDelete, volumeRowKey } from './volumes.utils.ts';

const row = (name: string, nodeId: string, driver: VolumeRowDto['driver'] = 'ossfs'): VolumeRowDto => ({
  clusterId: 'c1',
  nodeId,
  nodeName: nodeId,
  name,
  displayName: driver === 'local' ? `${nodeId}/${name}` : name,
  driver,
  mountPoint: '/mnt/acs_mnt/ossfs/x',
  containers: [],
  containerCount: 0,
  parameters: '',
  volumeId: null,
});

describe('the Data Volume List', () => {
  it("names the drivers as the guide's list does", () => {
    expect(driverLabel('ossfs')).toBe('OSS File System');
    expect(driverLabel('local')).toBe('local');
  });

  it('deletes each selected name once, whatever nodes its rows are on', () => {
    const rows = [row('test', 'n1'), row('test', 'n2'), row('o1', 'n1'), row('cache', 'n1', 'local')];
    const keys = [volumeRowKey(rows[1]!), volumeRowKey(rows[0]!), volumeRowKey(rows[3]!)];
    expect(namesToDelete(rows, keys)).toEqual(['test', 'cache']);
    expect(namesToDelete(rows, [])).toEqual([]);
  });

  it('tells deleted names from refused ones', () => {
    expect(batchDeleteSummary([{ name: 'a' }, { name: 'b', error: 'in use' }])).toEqual({
      deleted: ['a'],
      refused: ['b: in use'],
    });
  });
});
