import { describe, expect, it } from 'vitest';
import {
  clusterMonitorPath,
  comparedItems,
  metricEnd,
  metricRange,
  nodeMonitorPath,
  serviceMonitorPath,
  shiftedEnd,
} from './monitoring-paths.ts';

describe('metricRange', () => {
  it('reads a known range and falls back to an hour', () => {
    expect(metricRange('7d')).toBe('7d');
    expect(metricRange('2h')).toBe('1h');
    expect(metricRange(null)).toBe('1h');
  });
});

describe('metricEnd', () => {
  it('keeps an ISO time and drops anything else', () => {
    expect(metricEnd('2026-12-02T14:00:00.000Z')).toBe('2026-12-02T14:00:00.000Z');
    expect(metricEnd('yesterday')).toBeUndefined();
    expect(metricEnd(null)).toBeUndefined();
  });
});

describe('shiftedEnd', () => {
  it('moves a window by whole ranges', () => {
    const end = Date.parse('2026-12-02T14:00:00Z');
    expect(shiftedEnd(end, '6h', -1)).toBe('2026-12-02T08:00:00.000Z');
    expect(shiftedEnd(end, '7d', -2)).toBe('2026-11-18T14:00:00.000Z');
    expect(shiftedEnd(end, '1h', 1)).toBe('2026-12-02T15:00:00.000Z');
  });
});

describe('comparedItems', () => {
  it('keeps the known items in the contract’s order, CPU when none is known', () => {
    expect(comparedItems('diskRead,cpu,bogus')).toEqual(['cpu', 'diskRead']);
    expect(comparedItems('bogus')).toEqual(['cpu']);
    expect(comparedItems(null)).toEqual(['cpu']);
  });
});

describe('monitor paths', () => {
  it('escape the IDs they put in the path', () => {
    expect(nodeMonitorPath('c 1', 'n/1')).toBe('/nodes/n%2F1/monitor?clusterId=c+1');
    expect(clusterMonitorPath('c/1')).toBe('/clusters/c%2F1/monitor');
    expect(serviceMonitorPath('s?1')).toBe('/services/s%3F1/monitor');
  });
});
