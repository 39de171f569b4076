import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { isUnauthorized, shouldRetryQuery } from './query-client.utils.ts';

const apiError = (status: number) => new ApiError(status, 'about:blank', `HTTP ${status}`);

describe('shouldRetryQuery', () => {
  it('does not retry client errors', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetryQuery(0, apiError(status))).toBe(false);
  });

  it('retries server errors and network failures a limited number of times', () => {
    expect(shouldRetryQuery(0, apiError(502))).toBe(true);
    expect(shouldRetryQuery(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetryQuery(2, apiError(503))).toBe(false);
  });

  it('does not retry a response that broke the contract', () => {
    expect(shouldRetryQuery(0, new Error('Invalid input'))).toBe(false);
  });
});

describe('isUnauthorized', () => {
  it('is true only for a 401 ApiError', () => {
    expect(isUnauthorized(apiError(401))).toBe(true);
    expect(isUnauthorized(apiError(403))).toBe(false);
    expect(isUnauthorized(new Error('401'))).toBe(false);
  });
});
