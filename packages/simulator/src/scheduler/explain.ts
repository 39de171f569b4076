import type { Affinity, Availability } from '@cs/domain';
import { NODE_INDEX_KEY } from './expressions.ts';
import { append } from './maps.ts';
import type { HardRule } from './rules.ts';
import type { NodeLoad } from './state.ts';
import { counted, listed, listedNodes, nodeName, verb } from './wording.ts';

/** Why each unavailable node gets nothing, grouped: "node1, node2 are Offline; node3 is excluded". */
export function describeUnavailable(loads: readonly NodeLoad[], excluded: ReadonlySet<string>): string {
  const groups = new Map<string, NodeLoad[]>();
  for (const load of loads) {
    const phase = load.node?.phase;
    const reason = excluded.has(load.nodeId) ? 'excluded' : phase && phase !== 'Normal' ? phase : 'not schedulable';
    append(groups, reason, load);
  }
  return [...groups]
    .map(([reason, group]) => `${listedNodes(group)} ${verb(group.length, 'is', 'are')} ${reason}`)
    .join('; ');
}

/** "No node is available: node1 is Offline." */
export function explainNoNodeAvailable(unavailable: readonly NodeLoad[], excluded: ReadonlySet<string>): string {
  if (unavailable.length === 0) return 'No node is available: the cluster has no nodes.';
  return `No node is available: ${describeUnavailable(unavailable, excluded)}.`;
}

function target(affinity: Affinity): string {
  return affinity.kind === 'service' ? affinity.value : `image ${affinity.value}`;
}

function runs(affinity: Affinity, count: number): string {
  return `${verb(count, 'it runs', 'they run')} ${target(affinity)}`;
}

/** The rule alone leaves none of the available nodes. */
function aloneMessage(rule: HardRule, available: readonly NodeLoad[]): string {
  if (rule.kind === 'affinity') {
    const { affinity } = rule;
    if (affinity.operator === '==') return `${rule.rule} matches no node: no node runs ${target(affinity)}`;
    return `${rule.rule} excludes ${listedNodes(available)}: ${runs(affinity, available.length)}`;
  }
  const { constraint } = rule;
  const cluster = available.length > 0 ? `the cluster has ${listedNodes(available)}` : 'the cluster has no nodes';
  if (constraint.operator === '!=') return `${rule.rule} excludes every node: ${cluster}`;
  if (constraint.key === NODE_INDEX_KEY) return `${rule.rule} matches no node: ${cluster}`;
  const tagged = available.filter((l) => l.node && Object.hasOwn(l.node.tags, constraint.key));
  if (tagged.length === 0) return `${rule.rule} matches no node: no node has the user tag ${constraint.key}`;
  const values = tagged.map((l) => `${nodeName(l)} has ${constraint.key}:${l.node?.tags[constraint.key] ?? ''}`);
  return `${rule.rule} matches no node: ${listed(values)}`;
}

/** How the rule treats the nodes earlier rules left: "excludes them: they run master". */
function againstLeft(rule: HardRule, left: readonly NodeLoad[]): string {
  const them = verb(left.length, 'it', 'them');
  const excludes = rule.kind === 'constraint' ? rule.constraint.operator === '!=' : rule.affinity.operator === '!=';
  const verdict = excludes
    ? `${rule.rule} excludes ${them}`
    : `${rule.rule} ${verb(left.length, 'does not match it', 'matches none of them')}`;
  if (rule.kind === 'constraint') return verdict;
  const why = excludes
    ? runs(rule.affinity, left.length)
    : `${verb(left.length, 'it does', 'they do')} not run ${target(rule.affinity)}`;
  return `${verdict}: ${why}`;
}

/** What a hard rule would have admitted among the unavailable nodes: " (node2 is Offline)". */
function unavailableMatches(rule: HardRule, unavailable: readonly NodeLoad[], excluded: ReadonlySet<string>): string {
  const matching = unavailable.filter((l) => rule.admits(l));
  return matching.length > 0 ? ` (${describeUnavailable(matching, excluded)})` : '';
}

/** The message for the first hard rule that leaves no node; `narrowing` are the earlier rules that excluded some. */
export function explainHardRule(
  rule: HardRule,
  context: {
    left: readonly NodeLoad[];
    available: readonly NodeLoad[];
    unavailable: readonly NodeLoad[];
    excluded: ReadonlySet<string>;
    narrowing: readonly string[];
  },
): string {
  const { left, available, unavailable, excluded, narrowing } = context;
  const suffix = unavailableMatches(rule, unavailable, excluded);
  if (narrowing.length === 0 || !available.some((l) => rule.admits(l)))
    return `${aloneMessage(rule, available)}${suffix}.`;
  const rules = [...narrowing, rule.rule].join(' and ');
  const leaves = `${narrowing.join(' and ')} ${verb(narrowing.length, 'leaves', 'leave')} ${listedNodes(left)}`;
  return `${rules} together leave no node: ${leaves}, and ${againstLeft(rule, left)}${suffix}.`;
}

/** `availability:az==3` as written. */
export function availabilityExpression(availability: Availability): string {
  return `availability:az${availability.hard ? '==' : '==~'}${availability.zones}`;
}

/** "availability:az==3 needs 3 zones; cluster has 2: cn-hangzhou-b, cn-hangzhou-d." */
export function explainTooFewZones(
  availability: Availability,
  zones: readonly string[],
  cause: { narrowing: readonly string[] } | { full: readonly string[] } | undefined,
): string {
  const needs = `${availabilityExpression(availability)} needs ${counted(availability.zones, 'zone')}`;
  const span = `${zones.length}: ${listed(zones)}`;
  if (cause === undefined) return `${needs}; cluster has ${span}.`;
  if ('narrowing' in cause) return `${needs}; the nodes left by ${cause.narrowing.join(' and ')} span ${span}.`;
  const room = `only ${listed(zones)} ${verb(zones.length, 'has', 'have')} room`;
  return `${needs}; ${room} for the service (the eligible nodes of ${listed(cause.full)} are full).`;
}

/** "availability:az==~3 could not be met: the service covers 2 zones: cn-hangzhou-b, cn-hangzhou-d." */
export function explainZonesNotCovered(availability: Availability, covered: readonly string[]): string {
  const zones = `${counted(covered.length, 'zone')}: ${listed(covered)}`;
  return `${availabilityExpression(availability)} could not be met: the service covers ${zones}.`;
}
