import { describe, expect, it } from 'vitest';
import { NodeResetRequestSchema, SignInRequestSchema } from '@cs/contracts';
import { contractPathProblem, contractProblem } from './contract-rule.ts';

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

describe('contractPathProblem', () => {
  it('names the problem of one field of a whole request', () => {
    const request = { password: 'Abcdef12!', confirmPassword: 'Abcdef12?', migrateContainers: false };
    expect(contractPathProblem(NodeResetRequestSchema, request, 'confirmPassword')).toBe('The passwords do not match.');
    expect(contractPathProblem(NodeResetRequestSchema, request, 'password')).toBeUndefined();
  });
});
