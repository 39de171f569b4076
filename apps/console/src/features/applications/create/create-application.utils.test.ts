import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { describeCreateFailure, initialBasicValues, toCreateRequest } from './create-application.utils.ts';

describe('toCreateRequest', () => {
  it('sends the basic information with the template and its parameter values', () => {
    const basic = { ...initialBasicValues('c1'), name: ' nginx ', description: 'web' };
    expect(toCreateRequest(basic, 'web:\n  image: nginx\n', { PORT: '80' })).toEqual({
      name: 'nginx',
      version: '1.0',
      clusterId: 'c1',
      description: 'web',
      updateMethod: 'standard',
      pullImage: false,
      template: 'web:\n  image: nginx\n',
      variables: { PORT: '80' },
    });
  });
});

describe('describeCreateFailure', () => {
  it('sends basic field errors back to their fields and keeps template problems with the template', () => {
    const error = new ApiError(400, '/problems/invalid-input', 'Invalid input.', [
      { field: 'name', message: 'The application name should be 1-64 characters long.' },
      { field: 'template', message: 'Line 3:3: `build` is not supported.' },
      { field: 'variables', message: 'Enter a value for the parameter PORT.' },
    ]);
    expect(describeCreateFailure(error)).toEqual({
      basic: [{ name: ['name'], errors: ['The application name should be 1-64 characters long.'] }],
      template: ['Line 3:3: `build` is not supported.'],
      variables: ['Enter a value for the parameter PORT.'],
      message: undefined,
    });
  });

  it('keeps a conflict without fields as a message', () => {
    const error = new ApiError(409, '/problems/conflict', 'The cluster is Updating.');
    expect(describeCreateFailure(error)).toMatchObject({ basic: [], message: 'The cluster is Updating.' });
  });
});
