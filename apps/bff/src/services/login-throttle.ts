/** How many failed sign-ins a key may have within the window before it must wait. */
export interface ThrottleRules {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleRules = { maxFailures: 5, windowMs: 15 * 60_000 };

/**
 * Counts failed sign-ins per key (user name and client address) in a sliding window. Kept in
 * memory: a restart forgives, which is acceptable for a throttle (see ADR 004).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rules: ThrottleRules = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the key must still wait, or 0 when it may try. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rules.maxFailures) return 0;
    return recent[recent.length - this.rules.maxFailures]! + this.rules.windowMs - this.now();
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.rules.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
