import { describe, expect, it } from 'vitest';
import { isValidVolumeName } from './data-volumes.ts';
import { parseOtherParameters } from './volume-parameters.ts';
import { driverTakesParameters, versionAtLeast, volumePrerequisiteProblem } from './volume-prerequisites.ts';

describe('Other Parameters', () => {
  it("reads the guide's example into -o items", () => {
    expect(parseOtherParameters('-o allow_other -o default_permission=666 -onoxattr')).toEqual([
      '-o allow_other',
      '-o default_permission=666',
      '-o noxattr',
    ]);
    expect(parseOtherParameters('')).toEqual([]);
  });

  it('refuses anything a shell would read as more than a word, and unbounded input', () => {
    for (const text of ['-o a;b', '-o a=$(id)', '-o a=`id`', '-o a|b', '-o a>b', 'allow_other', '-o', '-o A', '-o a b'])
      expect(parseOtherParameters(text), text).toBeUndefined();
    expect(parseOtherParameters('-o a '.repeat(21))).toBeUndefined();
    expect(parseOtherParameters(`-o a=${'x'.repeat(600)}`)).toBeUndefined();
  });
});

describe('data volume prerequisites', () => {
  it('compares versions by major and minor', () => {
    expect(versionAtLeast('0.9-093100b', 0, 6)).toBe(true);
    expect(versionAtLeast('0.6', 0, 6)).toBe(true);
    expect(versionAtLeast('0.5-abc', 0, 6)).toBe(false);
    expect(versionAtLeast('1.0', 0, 7)).toBe(true);
    expect(versionAtLeast('', 0, 6)).toBe(false);
  });

  it('needs Agent 0.6 and the acsvolumedriver; parameters need driver 0.7', () => {
    expect(volumePrerequisiteProblem({ agentVersion: '0.9-093100b', systemServices: { acsvolumedriver: '0.7' } })).toBe(
      undefined,
    );
    expect(volumePrerequisiteProblem({ agentVersion: '0.5', systemServices: { acsvolumedriver: '0.7' } })).toMatch(
      /Agent version 0\.6 or higher/,
    );
    expect(volumePrerequisiteProblem({ agentVersion: '0.9', systemServices: {} })).toMatch(/acsvolumedriver/);
    expect(driverTakesParameters({ systemServices: { acsvolumedriver: '0.6' } })).toBe(false);
    expect(driverTakesParameters({ systemServices: { acsvolumedriver: '0.8' } })).toBe(true);
  });

  it("takes Docker's volume names only", () => {
    expect(isValidVolumeName('test')).toBe(true);
    expect(isValidVolumeName('o1')).toBe(true);
    for (const name of ['a', '../x', '-x', 'a b', 'a/b', 'a;b', 'x'.repeat(65)])
      expect(isValidVolumeName(name)).toBe(false);
  });
});
