import { describe, expect, it } from 'vitest';
import { portNumber, wholeNumber } from './values.ts';

describe('label values', () => {
  it('read whole numbers written as text', () => {
    expect([wholeNumber(' 3 '), wholeNumber('3.0'), wholeNumber('-1'), wholeNumber('')]).toEqual([
      3,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('read ports 1–65535', () => {
    expect([portNumber('1'), portNumber('65535'), portNumber('0'), portNumber('65536')]).toEqual([
      1,
      65535,
      undefined,
      undefined,
    ]);
  });
});
