import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { describeRouteError } from './route-error.utils.ts';

describe('describeRouteError', () => {
  it('uses the API problem detail', () => {
    expect(describeRouteError(new ApiError(500, 'internal', 'The store is not available.'))).toBe(
      'The store is not available.',
    );
  });

  it('describes an error response thrown by a loader', () => {
    expect(
      describeRouteError({ status: 404, statusText: 'Not Found', internal: true, data: 'No route matches URL "/x"' }),
    ).toBe('404 Not Found: No route matches URL "/x"');
  });

  it('explains a network failure and a chunk that failed to load', () => {
    expect(describeRouteError(new TypeError('Failed to fetch'))).toMatch(/^Cannot reach the Container Service/);
    expect(describeRouteError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toMatch(
      /reload/,
    );
  });

  it('uses the message of any other error', () => {
    expect(describeRouteError(new RangeError('Out of range'))).toBe('Out of range');
    expect(describeRouteError('boom')).toBe('boom');
    expect(describeRouteError(undefined)).toBe('An unexpected error occurred.');
  });
});
