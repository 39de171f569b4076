import type { Affinity, Constraint } from '@cs/domain';
import type { NodeLoad } from './state.ts';
import type { PlacementRules, SchedulableNode } from './types.ts';

/** The constraint key that names a node by its position: `constraint:aliyun.node_index==1` is node1. */
export const NODE_INDEX_KEY = 'aliyun.node_index';

/** The key under which the state counts a service's containers on a node. */
export function serviceKey(application: string, service: string): string {
  return `${application}/${service}`;
}

/** What a node has for a constraint key: its index for aliyun.node_index, else its user tag. */
export function nodeValue(node: SchedulableNode, key: string): string | undefined {
  if (key === NODE_INDEX_KEY) return String(node.index);
  return Object.hasOwn(node.tags, key) ? node.tags[key] : undefined;
}

/** A test of nodes against a constraint, its values read once: `==` a value listed, `!=` none of them. */
export function constraintMatcher(constraint: Constraint): (node: SchedulableNode) => boolean {
  const values = new Set(constraint.values);
  const wanted = constraint.operator.startsWith('==');
  return (node) => {
    const value = nodeValue(node, constraint.key);
    return (value !== undefined && values.has(value)) === wanted;
  };
}

/** Whether a node meets a constraint. */
export function constraintMatches(constraint: Constraint, node: SchedulableNode): boolean {
  return constraintMatcher(constraint)(node);
}

/**
 * The names a placed image answers to in `affinity:image`: as written, without its tag (or digest),
 * and its last path segment with and without the tag; an untagged image also answers to `:latest`.
 * So `redis` matches `redis:3` and `registry.aliyuncs.com/acs-sample/redis:3.0`.
 */
export function imageReadings(image: string): string[] {
  const written = image.trim();
  const digestless = written.split('@')[0] ?? written;
  const slash = digestless.lastIndexOf('/');
  const colon = digestless.lastIndexOf(':');
  const tagged = colon > slash;
  const repository = tagged ? digestless.slice(0, colon) : digestless;
  const name = repository.slice(slash + 1);
  const tag = tagged ? digestless.slice(colon + 1) : 'latest';
  return [...new Set([written, digestless, repository, `${repository}:${tag}`, name, `${name}:${tag}`])];
}

/** A test of whether the affinity's target (a service of the same application, or an image) runs on a node. */
export function affinityTarget(affinity: Affinity, application: string): (load: NodeLoad) => boolean {
  const counts = affinity.kind === 'service' ? 'services' : 'images';
  const key = affinity.kind === 'service' ? serviceKey(application, affinity.value) : affinity.value;
  return (load) => (load[counts].get(key) ?? 0) > 0;
}

/** Whether an affinity is met given whether its target runs there: `==` wants it, `!=` does not. */
export function affinityHolds(affinity: Affinity, targetRuns: boolean): boolean {
  return affinity.operator.startsWith('==') ? targetRuns : !targetRuns;
}

/** Whether the affinity names the placed service itself, so each container placed changes the answer. */
export function refersToItself(affinity: Affinity, rules: PlacementRules): boolean {
  return affinity.kind === 'service'
    ? affinity.value === rules.service
    : imageReadings(rules.image).includes(affinity.value);
}
