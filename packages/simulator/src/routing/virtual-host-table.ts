import type { ProxyRequest } from './request.ts';
import { requestFacts } from './request.ts';
import { RuleBuckets } from './rule-buckets.ts';
import type { VirtualHost, VirtualHostMatcher } from './virtual-host.ts';
import { virtualHostMatcher } from './virtual-host.ts';

/** One virtual host of a proxied service, in the order acs/proxy would write its ACL. */
export interface VirtualHostRule<T = string> {
  virtualHost: VirtualHost;
  /** `aliyun.proxy.VIRTUAL_HOST_WEIGHT`: the higher, the earlier the rule is tried. Default 0. */
  weight?: number;
  target: T;
}

interface RankedRule<T> {
  rank: number;
  matcher: VirtualHostMatcher;
  target: T;
}

/**
 * acs/proxy's virtual host routing: the first rule, by descending VIRTUAL_HOST_WEIGHT, that matches
 * a request names its target. The guide leaves the order of equal weights unspecified (random); here
 * it is the declaration order, so the same rules always route the same way. Rules are bucketed by
 * what a matching request must carry (exact domain, domain suffix, first path segment), so a lookup
 * only tries the rules of its few buckets, walking them together by rank to keep the order exact.
 */
export class VirtualHostTable<T = string> {
  private readonly buckets = new RuleBuckets<RankedRule<T>>();

  constructor(rules: readonly VirtualHostRule<T>[]) {
    rules
      .map((rule, index) => ({ rule, index }))
      .sort((a, b) => (b.rule.weight ?? 0) - (a.rule.weight ?? 0) || a.index - b.index)
      .forEach(({ rule }, rank) =>
        this.buckets.add({ rank, matcher: virtualHostMatcher(rule.virtualHost), target: rule.target }),
      );
  }

  /** The target of the first rule `request` matches, or undefined when none does. */
  lookup(request: ProxyRequest): T | undefined {
    const facts = requestFacts(request);
    const cursors = this.buckets.candidates(facts).map((rules) => ({ rules, at: 0 }));
    for (;;) {
      let first: RankedRule<T> | undefined;
      let from: { rules: RankedRule<T>[]; at: number } | undefined;
      for (const cursor of cursors) {
        const head = cursor.rules[cursor.at];
        if (head && (first === undefined || head.rank < first.rank)) [first, from] = [head, cursor];
      }
      if (first === undefined || from === undefined) return undefined;
      from.at++;
      if (first.matcher.matches(facts)) return first.target;
    }
  }
}
