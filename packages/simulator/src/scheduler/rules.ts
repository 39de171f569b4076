import type { Affinity, Constraint } from '@cs/domain';
import { affinityHolds, affinityTarget, constraintMatcher, refersToItself } from './expressions.ts';
import type { NodeLoad } from './state.ts';
import type { PlacementRules } from './types.ts';

/** A hard expression: a node it does not admit gets no container of the request. */
export type HardRule =
  | { kind: 'constraint'; rule: string; constraint: Constraint; admits(load: NodeLoad): boolean }
  | { kind: 'affinity'; rule: string; affinity: Affinity; admits(load: NodeLoad): boolean };

/** A soft expression: preferred, never a reason to fail. `added` is how many of the request the node got so far. */
export interface SoftRule {
  rule: string;
  holds(load: NodeLoad, added: number): boolean;
}

/** The request's hard constraints then hard affinities, in the order they were written. */
export function hardRules(rules: PlacementRules): HardRule[] {
  const constraints = rules.constraints
    .filter((c) => c.hard)
    .map((constraint): HardRule => {
      const matches = constraintMatcher(constraint);
      return {
        kind: 'constraint',
        rule: constraint.expression,
        constraint,
        admits: (load) => load.node !== undefined && matches(load.node),
      };
    });
  const affinities = rules.affinities
    .filter((a) => a.hard)
    .map((affinity): HardRule => {
      const runs = affinityTarget(affinity, rules.application);
      return {
        kind: 'affinity',
        rule: affinity.expression,
        affinity,
        admits: (load) => affinityHolds(affinity, runs(load)),
      };
    });
  return [...constraints, ...affinities];
}

/** The request's soft constraints and affinities; an affinity with itself changes as containers are placed. */
export function softRules(rules: PlacementRules): SoftRule[] {
  const constraints = rules.constraints
    .filter((c) => !c.hard)
    .map((c): SoftRule => {
      const matches = constraintMatcher(c);
      return { rule: c.expression, holds: (load) => load.node !== undefined && matches(load.node) };
    });
  const affinities = rules.affinities
    .filter((a) => !a.hard)
    .map((a): SoftRule => {
      const itself = refersToItself(a, rules);
      const runs = affinityTarget(a, rules.application);
      return {
        rule: a.expression,
        holds: (load, added) => affinityHolds(a, runs(load) || (itself && added > 0)),
      };
    });
  return [...constraints, ...affinities];
}

/** A hard `!=` affinity with the placed service or its own image: at most one new container per node. */
export function antiAffinityWithItself(rules: PlacementRules): Affinity | undefined {
  return rules.affinities.find((a) => a.hard && a.operator === '!=' && refersToItself(a, rules));
}
