import { explainHardRule, explainNoNodeAvailable } from './explain.ts';
import { hardRules } from './rules.ts';
import type { NodeLoad, PlacementState } from './state.ts';
import type { PlacementRequest } from './types.ts';

/** The nodes every hard expression admits, once per request; or the first expression that leaves none. */
export type Eligibility =
  | {
      ok: true;
      /** Admitted by every hard constraint and affinity. */
      loads: NodeLoad[];
      /** Schedulable and not excluded: what "the cluster has" means in messages. */
      available: NodeLoad[];
      /** The hard expressions that excluded some available node, in order. */
      narrowing: string[];
    }
  | { ok: false; rule: string; message: string };

/** Filters the cluster's nodes by status, `excludeNodes`, then each hard constraint and affinity in turn. */
export function eligibleNodes(state: PlacementState, request: PlacementRequest): Eligibility {
  const excluded = new Set(request.excludeNodes ?? []);
  const available: NodeLoad[] = [];
  const unavailable: NodeLoad[] = [];
  for (const node of state.nodes) {
    const load = state.load(node.id);
    if (!load) continue;
    if (node.schedulable && !excluded.has(node.id)) available.push(load);
    else unavailable.push(load);
  }
  if (available.length === 0)
    return { ok: false, rule: 'available nodes', message: explainNoNodeAvailable(unavailable, excluded) };
  let left = available;
  const narrowing: string[] = [];
  for (const rule of hardRules(request)) {
    const next = left.filter((load) => rule.admits(load));
    if (next.length === 0) {
      const message = explainHardRule(rule, { left, available, unavailable, excluded, narrowing });
      return { ok: false, rule: rule.rule, message };
    }
    if (next.length < left.length) narrowing.push(rule.rule);
    left = next;
  }
  return { ok: true, loads: left, available, narrowing };
}
