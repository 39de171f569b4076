import { describe, expect, it } from 'vitest';
import { logonPasswordProblem } from './passwords.ts';

describe('logonPasswordProblem', () => {
  it.each([
    ['Abcdef1!', undefined],
    ['abcdef12!', undefined],
    ['ABCDEF12a', undefined],
    ['Abc1!', 'The password should be 8-30 characters long.'],
    ['Abcdefgh1!'.padEnd(31, 'x'), 'The password should be 8-30 characters long.'],
    ['Abcdefgh1!'.padEnd(30, 'x'), undefined],
    ['abcdefgh1', expect.stringContaining('three types')],
    ['Abcdefg"1', 'The password cannot contain \\ or ".'],
    ['Abcdefg\\1', 'The password cannot contain \\ or ".'],
  ])('%j → %j', (password, problem) => {
    expect(logonPasswordProblem(password)).toEqual(problem);
  });
});
