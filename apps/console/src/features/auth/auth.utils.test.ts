import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { describeSignInFailure, safeNextPath, signInPath } from './auth.utils.ts';

describe('safeNextPath', () => {
  it('keeps a path of the console with its query and hash', () => {
    expect(safeNextPath('/clusters?name=web#top')).toBe('/clusters?name=web#top');
  });

  it('falls back to the Overview for anything that leaves the console', () => {
    for (const next of [
      null,
      undefined,
      '',
      'clusters',
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeNextPath('/signin?next=/nodes')).toBe('/');
  });
});

describe('signInPath', () => {
  it('remembers the page to return to', () => {
    expect(signInPath({ pathname: '/clusters', search: '?name=a b' })).toBe('/signin?next=%2Fclusters%3Fname%3Da+b');
  });

  it('needs no next for the Overview or the sign-in page', () => {
    expect(signInPath({ pathname: '/' })).toBe('/signin');
    expect(signInPath({ pathname: '/signin', search: '?next=/nodes' })).toBe('/signin');
  });

  it('round-trips through safeNextPath', () => {
    const path = signInPath({ pathname: '/services', search: '?cluster=c-1', hash: '#logs' });
    const next = new URLSearchParams(path.split('?')[1]).get('next');
    expect(safeNextPath(next)).toBe('/services?cluster=c-1#logs');
  });
});

describe('describeSignInFailure', () => {
  it('shows wrong credentials above the form', () => {
    const error = new ApiError(401, 'unauthorized', 'The user name or password is incorrect.');
    expect(describeSignInFailure(error)).toEqual({
      message: 'The user name or password is incorrect.',
      fieldErrors: [],
    });
  });

  it('shows throttling with its detail', () => {
    const error = new ApiError(429, 'too-many-requests', 'Too many sign-in attempts. Try again in 60 seconds.');
    expect(describeSignInFailure(error).message).toBe('Too many sign-in attempts. Try again in 60 seconds.');
  });

  it('puts field errors on their fields', () => {
    const error = new ApiError(400, 'invalid', 'The request is invalid.', [
      { field: 'username', message: 'Enter the user name.' },
    ]);
    expect(describeSignInFailure(error)).toEqual({
      message: undefined,
      fieldErrors: [{ field: 'username', message: 'Enter the user name.' }],
    });
  });

  it('keeps the message when a field error has no field on the form', () => {
    const error = new ApiError(400, 'invalid', 'The request is invalid.', [{ field: 'captcha', message: 'Required.' }]);
    expect(describeSignInFailure(error).message).toBe('The request is invalid.');
  });

  it('explains a network failure', () => {
    expect(describeSignInFailure(new TypeError('Failed to fetch')).message).toMatch(/Cannot reach/);
  });
});
