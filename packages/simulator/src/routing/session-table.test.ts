import { describe, expect, it } from 'vitest';
import { SessionTable } from './session-table.ts';

describe('SessionTable', () => {
  it('remembers the server of a session', () => {
    const table = new SessionTable();
    table.remember('s1', 'c1');
    expect(table.serverOf('s1')).toBe('c1');
    expect(table.serverOf('s2')).toBeUndefined();
  });

  it('forgets the least recently used session past its capacity', () => {
    const table = new SessionTable(2);
    table.remember('s1', 'c1');
    table.remember('s2', 'c2');
    table.serverOf('s1');
    table.remember('s3', 'c3');
    expect(table.size).toBe(2);
    expect(table.serverOf('s2')).toBeUndefined();
    expect(table.serverOf('s1')).toBe('c1');
    expect(table.serverOf('s3')).toBe('c3');
  });

  it('stays at 10,000 sessions by default', () => {
    const table = new SessionTable();
    for (let i = 0; i < 10_500; i++) table.remember(`s${i}`, 'c');
    expect(table.size).toBe(10_000);
    expect(table.serverOf('s499')).toBeUndefined();
    expect(table.serverOf('s500')).toBe('c');
  });
});
