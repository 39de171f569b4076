import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  const setup = () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 1_000 }, () => now);
    return { throttle, at: (t: number) => (now = t) };
  };

  it('lets a key try until it reaches the limit, then says how long to wait', () => {
    const { throttle, at } = setup();
    for (const t of [0, 100, 200]) {
      expect(throttle.retryAfterMs('u')).toBe(0);
      at(t);
      throttle.recordFailure('u');
    }
    at(300);
    expect(throttle.retryAfterMs('u')).toBe(700);
    expect(throttle.retryAfterMs('other')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const { throttle, at } = setup();
    for (const t of [0, 100, 200]) {
      at(t);
      throttle.recordFailure('u');
    }
    at(1_001);
    expect(throttle.retryAfterMs('u')).toBe(0);
  });

  it('clears the count on success', () => {
    const { throttle } = setup();
    throttle.recordFailure('u');
    throttle.recordFailure('u');
    throttle.recordSuccess('u');
    throttle.recordFailure('u');
    expect(throttle.retryAfterMs('u')).toBe(0);
  });
});
