import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { describeFormFailure, failureMessage } from './api-failure.ts';

describe('describeFormFailure', () => {
  it('places each field error on its form item', () => {
    const error = new ApiError(400, '/problems/invalid-input', 'Invalid input.', [
      { field: 'name', message: 'The cluster name should be 1-64 characters long.' },
      { field: 'nodes.password', message: 'The password should be 8-30 characters long.' },
    ]);
    expect(describeFormFailure(error, ['name', 'nodes.password'])).toEqual({
      message: undefined,
      fieldErrors: [
        { name: ['name'], errors: ['The cluster name should be 1-64 characters long.'] },
        { name: ['nodes', 'password'], errors: ['The password should be 8-30 characters long.'] },
      ],
    });
  });

  it('keeps problems the form has no field for in the message', () => {
    const error = new ApiError(400, '/problems/invalid-input', 'Invalid input.', [
      { field: 'vpc', message: 'A VPC cluster needs a VPC.' },
    ]);
    expect(describeFormFailure(error, ['name'])).toEqual({
      message: 'Invalid input. vpc: A VPC cluster needs a VPC.',
      fieldErrors: [],
    });
  });

  it('shows the detail of a conflict', () => {
    const error = new ApiError(409, '/problems/conflict', 'You can create up to 5 clusters.');
    expect(describeFormFailure(error, ['name']).message).toBe('You can create up to 5 clusters.');
  });

  it('says so when the network fails', () => {
    expect(failureMessage(new TypeError('Failed to fetch'))).toMatch(/Cannot reach the Container Service/);
  });
});
