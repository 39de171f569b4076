import { describe, expect, it } from 'vitest';
import { SignInRequestSchema } from '@cs/contracts';
import { contractProblem } from './contract-rule.ts';

describe('contractProblem', () => {
  const username = SignInRequestSchema.shape.username;

  it('uses the contract message for an empty field, also before anything was typed', () => {
    expect(contractProblem(username, undefined)).toBe('Enter the user name.');
    expect(contractProblem(username, '   ')).toBe('Enter the user name.');
  });

  it('passes a valid value', () => {
    expect(contractProblem(username, 'admin')).toBeUndefined();
  });
});
