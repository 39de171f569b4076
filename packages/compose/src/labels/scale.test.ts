import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels, yaml } from '../../testing/analysis.ts';

describe('aliyun.scale and aliyun.global', () => {
  it('defaults to one container, not global', () => {
    const service = firstService(yaml('web:', '  image: nginx'));
    expect([service.scale, service.global]).toEqual([1, false]);
  });

  it('reads scale written as a string or a number, and global as a boolean', () => {
    const service = firstService(withLabels(['aliyun.scale: 2', 'aliyun.global: true']));
    expect([service.scale, service.global]).toEqual([2, true]);
  });

  it.each([['"-1"'], ['"two"'], ['"1.5"']])('reports scale %s', (value) => {
    expect(findings(withLabels([`aliyun.scale: ${value}`]))).toEqual([
      `error invalid-scale 4:19-4:${19 + value.length}`,
    ]);
  });

  it('accepts scale 0 (boundary)', () => {
    expect(findings(withLabels(['aliyun.scale: "0"']))).toEqual([]);
  });

  it('reports a global that is not true or false', () => {
    expect(findings(withLabels(['aliyun.global: yes']))).toEqual(['error invalid-label-value 4:20-4:23']);
  });
});

describe('aliyun.rolling_updates and parallelism', () => {
  it('reads rolling updates with parallelism, as in the guide sample', () => {
    const source = withLabels([
      'aliyun.scale: "3"',
      "aliyun.rolling_updates: 'true'",
      'aliyun.rolling_updates.parallelism: "2"',
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun).toMatchObject({ rollingUpdates: true, parallelism: 2 });
  });

  it('requires parallelism to be used with the rolling_updates label', () => {
    expect(findings(withLabels(['aliyun.scale: "3"', 'aliyun.rolling_updates.parallelism: "2"']))).toEqual([
      'error parallelism-without-rolling-updates 5:5-5:39',
    ]);
  });

  it('requires rolling_updates to be true, not merely present', () => {
    const source = withLabels(["aliyun.rolling_updates: 'false'", 'aliyun.rolling_updates.parallelism: "2"']);
    expect(findings(source)).toEqual(['error parallelism-without-rolling-updates 5:5-5:39']);
  });

  it('warns that an invalid parallelism falls back to the default value 1', () => {
    const source = withLabels(["aliyun.rolling_updates: 'true'", 'aliyun.rolling_updates.parallelism: "0"']);
    expect(findings(source)).toEqual(['warning parallelism-invalid 5:41-5:44']);
    expect(firstService(source).aliyun.parallelism).toBe(1);
  });

  it('recommends a parallelism less than the number of containers (boundary: equal)', () => {
    const equal = withLabels([
      'aliyun.scale: "2"',
      "aliyun.rolling_updates: 'true'",
      'aliyun.rolling_updates.parallelism: "2"',
    ]);
    expect(findings(equal)).toEqual(['warning parallelism-not-below-scale 6:41-6:44']);
    const below = withLabels([
      'aliyun.scale: "3"',
      "aliyun.rolling_updates: 'true'",
      'aliyun.rolling_updates.parallelism: "2"',
    ]);
    expect(findings(below)).toEqual([]);
  });
});
