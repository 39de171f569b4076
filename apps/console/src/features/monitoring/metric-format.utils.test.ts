import { describe, expect, it } from 'vitest';
import { formatMetricValue, niceStep, valueAxis } from './metric-format.utils.ts';

describe('formatMetricValue', () => {
  it('shows percentages with three significant figures', () => {
    expect(formatMetricValue(3.14159, 'percent')).toBe('3.14 %');
    expect(formatMetricValue(42.06, 'percent')).toBe('42.1 %');
    expect(formatMetricValue(100, 'percent')).toBe('100 %');
    expect(formatMetricValue(0, 'percent')).toBe('0 %');
  });

  it('shows bytes in binary units', () => {
    expect(formatMetricValue(512, 'bytes')).toBe('512 B');
    expect(formatMetricValue(1536, 'bytes')).toBe('1.5 KiB');
    expect(formatMetricValue(256 * 1024 ** 2, 'bytes')).toBe('256 MiB');
    expect(formatMetricValue(1.25 * 1024 ** 3, 'bytes')).toBe('1.25 GiB');
    expect(formatMetricValue(3 * 1024 ** 5, 'bytes')).toBe('3072 TiB');
  });

  it('shows rates per second', () => {
    expect(formatMetricValue(820 * 1024, 'bytesPerSecond')).toBe('820 KiB/s');
    expect(formatMetricValue(12, 'bytesPerSecond')).toBe('12 B/s');
  });

  it('says a gap has no data', () => {
    expect(formatMetricValue(null, 'bytes')).toBe('No data');
    expect(formatMetricValue(undefined, 'percent')).toBe('No data');
    expect(formatMetricValue(Number.NaN, 'number')).toBe('No data');
  });

  it('shows custom values as plain numbers', () => {
    expect(formatMetricValue(1234, 'number')).toBe('1234');
    expect(formatMetricValue(0.123456, 'number')).toBe('0.12');
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.1)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(30)).toBe(50);
    expect(niceStep(600)).toBe(1000);
  });

  it('answers 1 for nothing to step over', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-5)).toBe(1);
  });
});

/** Axis labels keep their number and unit together on one line. */
const nbsp = (label: string) => label.replace(' ', '\u00a0');

describe('valueAxis', () => {
  it('steps a percentage axis roundly from zero past the largest value', () => {
    const axis = valueAxis(37, 'percent');
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40]);
    expect(axis.ticks.map(axis.format)).toEqual(['0 %', '10 %', '20 %', '30 %', '40 %'].map(nbsp));
  });

  it('steps a bytes axis roundly in the unit of its largest value', () => {
    const axis = valueAxis(700 * 1024 ** 2, 'bytes');
    expect(axis.ticks.map(axis.format)).toEqual(['0 MiB', '200 MiB', '400 MiB', '600 MiB', '800 MiB'].map(nbsp));
  });

  it('labels every tick of a rate axis with one unit', () => {
    const axis = valueAxis(1.8 * 1024, 'bytesPerSecond');
    expect(axis.ticks.map(axis.format)).toEqual(['0 KiB/s', '0.5 KiB/s', '1 KiB/s', '1.5 KiB/s', '2 KiB/s'].map(nbsp));
  });

  it('still draws an axis when there are no values', () => {
    expect(valueAxis(0, 'percent').ticks).toEqual([0, 25, 50, 75, 100]);
    expect(valueAxis(0, 'bytes').ticks.length).toBeGreaterThan(1);
  });
});
