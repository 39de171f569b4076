import { matchingFault } from '@cs/domain';
import type { Condition, Fault, FaultTargetKind, NewEvent, Resource, ResourceStatus } from '@cs/domain';
import { hasCondition, withCondition } from './conditions.ts';
import { updateOf } from './transition.ts';
import type { ResourceRemoval, ResourceUpdate, Transition, TransitionContext, TransitionResult } from './transition.ts';

type AnyOf<S extends ResourceStatus> = Resource<unknown, S>;

/** One step of a procedure, recorded as a condition of the resource when it completes. */
export interface Step<R extends AnyOf<ResourceStatus>> {
  condition: string;
  applies?(resource: R): boolean;
  delayMs: number;
  jitterMs: number;
  /** What the step did: the log line, and any other writes or status changes it makes. */
  complete(resource: R, context: TransitionContext): StepOutcome<R>;
  /** Why the step fails when the simulated cloud refuses it; steps without one never fail. */
  failure?: string;
  /** A reason the step cannot succeed in the state it finds (no node to migrate to): it fails with it. */
  check?(resource: R, context: TransitionContext): string | undefined;
  /** What a failure does instead of the procedure's `fail`. */
  onFailure?(resource: R, step: Step<R>, context: TransitionContext): TransitionResult<R>;
}

export interface StepOutcome<R extends AnyOf<ResourceStatus>> extends Omit<TransitionResult<R>, 'events'> {
  message: string;
  events?: NewEvent[];
}

/**
 * A sequence of steps that runs while `active`, then `finish`es. Failing steps end in `fail`.
 * `blocked` holds the procedure still (waiting for the operator) without finishing it.
 */
export interface Procedure<R extends AnyOf<ResourceStatus>> {
  name: string;
  active(resource: R): boolean;
  steps: readonly Step<R>[];
  blocked?(resource: R): boolean;
  finish: { delayMs: number; jitterMs: number; next(resource: R, context: TransitionContext): TransitionResult<R> };
  fail(resource: R, step: Step<R>, context: TransitionContext): TransitionResult<R>;
  /** The event a completed step logs, attributed as the procedure wants (a cluster's log). */
  event(resource: R, level: NewEvent['level'], reason: string, message: string): NewEvent;
}

function pendingStep<R extends AnyOf<ResourceStatus>>(procedure: Procedure<R>, resource: R): Step<R> | undefined {
  return procedure.steps.find((s) => (s.applies?.(resource) ?? true) && !hasCondition(resource.status, s.condition));
}

function completed(condition: string, message: string): Omit<Condition, 'lastTransitionTime'> {
  return { type: condition, status: 'True', reason: 'Completed', message };
}

/** Uses up one shot of a fault, in the same changeset as the failure it caused. */
function consume(fault: Fault): { updates: ResourceUpdate[]; removes: ResourceRemoval[] } {
  if (fault.spec.count > 1) {
    return {
      updates: [updateOf('fault', fault, { spec: { ...fault.spec, count: fault.spec.count - 1 } })],
      removes: [],
    };
  }
  return {
    updates: [],
    removes: [{ kind: 'fault', id: fault.metadata.id, expectedVersion: fault.metadata.resourceVersion }],
  };
}

export interface FailureOptions {
  /** Chance in [0, 1] that a step which can fail does. */
  failureRate: number;
  /** Faults aimed at this kind fail its steps on purpose (`ControllerDefinition.related` loads them). */
  faultTarget?: FaultTargetKind;
}

/** The transitions of a procedure: one per step, and its finish. */
export function procedureTransitions<R extends AnyOf<ResourceStatus>>(
  procedure: Procedure<R>,
  { failureRate, faultTarget }: FailureOptions,
): Transition<R>[] {
  const stepTransitions = procedure.steps.map((step): Transition<R> => ({
    name: `${procedure.name}:${step.condition}`,
    when: (r) => procedure.active(r) && !procedure.blocked?.(r) && pendingStep(procedure, r) === step,
    delayMs: step.delayMs,
    jitterMs: step.jitterMs,
    next(resource, context) {
      const faults = (context.related.fault ?? []) as readonly Fault[];
      const fault = faultTarget && matchingFault(faults, faultTarget, resource.metadata.id, step.condition);
      if (fault) {
        const message = fault.spec.message || step.failure || 'Injected fault.';
        const failed = (step.onFailure ?? procedure.fail)(resource, { ...step, failure: message }, context);
        const used = consume(fault);
        return {
          ...failed,
          updates: [...(failed.updates ?? []), ...used.updates],
          removes: [...(failed.removes ?? []), ...used.removes],
        };
      }
      const problem = step.check?.(resource, context);
      if (problem) return (step.onFailure ?? procedure.fail)(resource, { ...step, failure: problem }, context);
      if (step.failure && context.random.next() < failureRate) {
        return (step.onFailure ?? procedure.fail)(resource, step, context);
      }
      const { message, events = [], status, ...writes } = step.complete(resource, context);
      return {
        ...writes,
        status: withCondition(status ?? resource.status, completed(step.condition, message), context.now),
        events: [procedure.event(resource, 'Info', step.condition, message), ...events],
      };
    },
  }));
  const finish: Transition<R> = {
    name: `${procedure.name}:finish`,
    when: (r) => procedure.active(r) && !procedure.blocked?.(r) && pendingStep(procedure, r) === undefined,
    delayMs: procedure.finish.delayMs,
    jitterMs: procedure.finish.jitterMs,
    next: (resource, context) => procedure.finish.next(resource, context),
  };
  return [...stepTransitions, finish];
}
