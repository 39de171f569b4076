import type { RequestFacts } from './request.ts';
import type { VirtualHostMatcher } from './virtual-host.ts';

/** Domain suffixes with more dots than this are not indexed: their rules are tried for every request. */
const MAX_SUFFIX_DOTS = 8;

const listenerOf = (port: number, secure: boolean) => `${secure ? 's' : 'p'}${port}`;

/** The literal text before the first `*` of a pattern, and after the last one. */
function literalEnds(pattern: string): { head: string; tail: string } {
  const first = pattern.indexOf('*');
  return first < 0
    ? { head: pattern, tail: pattern }
    : { head: pattern.slice(0, first), tail: pattern.slice(pattern.lastIndexOf('*') + 1) };
}

const dotCount = (text: string) => text.split('.').length - 1;

/** `/static/` of `/static/lib/app.js`: the first path segment with both slashes, if there are two. */
function firstSegment(path: string): string | undefined {
  const end = path.indexOf('/', 1);
  return end < 0 ? undefined : path.slice(0, end + 1);
}

/**
 * The bucket of a rule, by what every request it can match must have: its exact domain; else the
 * domain suffix from the first dot of the literal text after its last `*` (`*.tenant.example.org`
 * → `.tenant.example.org`); else the first segment of its path's literal start (domain `*`, path
 * `/static/*.js` → `/static/`); else none, and the rule is tried for every request of its listener.
 */
function bucketOf(matcher: VirtualHostMatcher): string {
  const listener = listenerOf(matcher.virtualHost.port, matcher.secure);
  if (!matcher.wildcardDomain) return `${listener}=${matcher.domain}`;
  const { tail } = literalEnds(matcher.domain);
  const dot = tail.indexOf('.');
  if (dot >= 0 && dotCount(tail.slice(dot)) <= MAX_SUFFIX_DOTS) return `${listener}~${tail.slice(dot)}`;
  const path = matcher.virtualHost.path?.toLowerCase();
  const segment = path === undefined ? undefined : firstSegment(literalEnds(path).head);
  return segment === undefined ? `${listener}*` : `${listener}/${segment}`;
}

/** The buckets a request can find its rules in: at most a dozen, whatever the Host header holds. */
function bucketsFor(facts: RequestFacts): string[] {
  const listener = listenerOf(facts.port, facts.secure);
  const keys = [`${listener}=${facts.name}`, `${listener}*`];
  let dot = facts.name.length;
  for (let found = 0; found < MAX_SUFFIX_DOTS && dot > 0; found++) {
    dot = facts.name.lastIndexOf('.', dot - 1);
    if (dot < 0) break;
    keys.push(`${listener}~${facts.name.slice(dot)}`);
  }
  const segment = firstSegment(facts.path);
  if (segment !== undefined) keys.push(`${listener}/${segment}`);
  return keys;
}

/**
 * Rules grouped so that a request only meets the few that could match it; within a bucket they
 * stay in the order they were added.
 */
export class RuleBuckets<R extends { matcher: VirtualHostMatcher }> {
  private readonly buckets = new Map<string, R[]>();

  add(rule: R): void {
    const key = bucketOf(rule.matcher);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(rule);
    else this.buckets.set(key, [rule]);
  }

  /** The non-empty buckets `facts` could match a rule of. */
  candidates(facts: RequestFacts): R[][] {
    const found: R[][] = [];
    for (const key of bucketsFor(facts)) {
      const bucket = this.buckets.get(key);
      if (bucket) found.push(bucket);
    }
    return found;
  }
}
