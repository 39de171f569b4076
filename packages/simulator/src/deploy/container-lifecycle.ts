import { restartsAfterCrash } from '@cs/domain';
import type { Container, ContainerStatus, EventLevel, NewEvent, ServiceProbe } from '@cs/domain';
import type { Random } from '../random.ts';
import { CACHED_PULL_MS, pullDurationMs } from '../registry/registry.ts';
import type { BatchRun } from '../workload/batch-runs.ts';

/** What a container's next step depends on besides the container itself. */
export interface ContainerContext {
  now: number;
  /** Seeded by the container, its step and when the step began: a replay draws the same. */
  random: Random;
  /** The container's own desired state combined with its service's (a stopped service stops them all). */
  desired: 'running' | 'stopped' | 'removed';
  restart: string;
  probe: ServiceProbe | null;
  /** The digest the registry serves for the image now. */
  digest: string;
  /** The node has the image at that digest already and the application does not ask to pull again. */
  cachedOnNode: boolean;
  /** Set when an armed fault makes this step fail (its message), from the simulation panel. */
  fault?: { pull?: string; probe?: string; crash?: string };
  /** Chance in [0, 1] that a pull fails on its own (SIM_FAILURE_RATE). */
  failureRate: number;
  /** Why starting fails on the container's data volumes (the OSSFS copy-up chown error), if it does. */
  mountFailure?: string;
  /** A batch task's container: its current execution by the workload model, and an armed exit fault's message. */
  batch?: { run: BatchRun; exitFault?: string };
}

export interface ContainerStep {
  status?: ContainerStatus;
  remove?: boolean;
  events: NewEvent[];
  /** Which armed fault the step used up. */
  consumed?: 'pull' | 'probe' | 'crash' | 'exit';
}

/** One step of a container's life, as data: when it applies, how long it takes from `phaseSince`, what follows. */
export interface ContainerTransition {
  name: string;
  when(container: Container, context: ContainerContext): boolean;
  delayMs(container: Container, context: ContainerContext): number;
  jitterMs: number;
  /** The step answers a request (Stop, Start, Delete): its delay counts from the request, not the phase. */
  requested?: true;
  next(container: Container, context: ContainerContext): ContainerStep;
}

/** Why a container is exited when the operator (or its service) stopped it: Start brings it back. */
export const STOPPED_REASON = 'Stopped by the operator.';

/** The health check runs every two seconds (the guide's default interval). */
export const PROBE_INTERVAL_MS = 2_000;
const RESTART_BACKOFF_MS = 2_000;

const iso = (ms: number) => new Date(ms).toISOString();

export function containerEvent(container: Container, level: EventLevel, reason: string, message: string): NewEvent {
  return {
    clusterId: container.spec.clusterId,
    resourceKind: 'container',
    resourceId: container.metadata.id,
    applicationId: container.spec.applicationId,
    serviceId: container.spec.serviceId,
    level,
    reason,
    message,
  };
}

function enter(container: Container, now: number, patch: Partial<ContainerStatus>): ContainerStatus {
  return { ...container.status, phaseSince: iso(now), ...patch };
}

function started(container: Container, { now, probe }: ContainerContext): ContainerStatus {
  return enter(container, now, {
    phase: 'running',
    health: probe ? 'Initial' : 'Normal',
    startedAt: iso(now),
    exitCode: null,
    reason: null,
  });
}

const name = (c: Container) => c.metadata.name;

/** The container lifecycle: pull → create → start → probe → running, and stop, crash, restart, remove. */
export const CONTAINER_TRANSITIONS: readonly ContainerTransition[] = [
  {
    name: 'remove',
    requested: true,
    when: (c, ctx) => ctx.desired === 'removed' && c.status.phase !== 'removing',
    delayMs: () => 0,
    jitterMs: 0,
    next: (c, { now }) => ({ status: enter(c, now, { phase: 'removing', health: null }), events: [] }),
  },
  {
    name: 'removed',
    when: (c) => c.status.phase === 'removing',
    delayMs: () => 1_000,
    jitterMs: 1_000,
    next: (c) => ({
      remove: true,
      events: [containerEvent(c, 'Info', 'ContainerDeleted', `Delete container ${name(c)} succeeded.`)],
    }),
  },
  {
    name: 'pull',
    when: (c) => c.status.phase === 'pulling',
    delayMs: (c, ctx) => (ctx.cachedOnNode ? CACHED_PULL_MS : pullDurationMs(c.spec.image)),
    jitterMs: 1_500,
    next(c, ctx) {
      const fault = ctx.fault?.pull;
      if (fault !== undefined || ctx.random.next() < ctx.failureRate) {
        const reason = `Pull image ${c.spec.image} failed: ${fault || 'the registry did not answer in time.'}`;
        return {
          status: enter(c, ctx.now, { phase: 'failed', health: null, reason }),
          events: [containerEvent(c, 'Error', 'PullFailed', `Create container ${name(c)} failed. ${reason}`)],
          ...(fault !== undefined ? { consumed: 'pull' as const } : {}),
        };
      }
      return { status: enter(c, ctx.now, { phase: 'created', imageDigest: ctx.digest }), events: [] };
    },
  },
  {
    name: 'start',
    when: (c, ctx) => c.status.phase === 'created' && ctx.desired === 'running',
    delayMs: () => 1_000,
    jitterMs: 1_000,
    next: (c, ctx) =>
      ctx.mountFailure
        ? {
            status: enter(c, ctx.now, { phase: 'failed', health: null, reason: ctx.mountFailure }),
            events: [
              containerEvent(c, 'Error', 'StartFailed', `Start container ${name(c)} failed: ${ctx.mountFailure}`),
            ],
          }
        : {
            status: started(c, ctx),
            events: [containerEvent(c, 'Info', 'ContainerStarted', `Activate container ${name(c)} succeeded.`)],
          },
  },
  {
    name: 'stop',
    requested: true,
    when: (c, ctx) => ctx.desired === 'stopped' && ['running', 'restarting', 'created'].includes(c.status.phase),
    delayMs: () => 1_000,
    jitterMs: 1_000,
    next: (c, { now }) => ({
      status: enter(c, now, { phase: 'exited', health: null, exitCode: 0, reason: STOPPED_REASON }),
      events: [containerEvent(c, 'Info', 'ContainerStopped', `Stop container ${name(c)} succeeded.`)],
    }),
  },
  {
    name: 'activate',
    requested: true,
    when: (c, ctx) => c.status.phase === 'exited' && c.status.reason === STOPPED_REASON && ctx.desired === 'running',
    delayMs: () => 0,
    jitterMs: 0,
    next: (c, { now }) => ({ status: enter(c, now, { phase: 'created', reason: null }), events: [] }),
  },
  {
    name: 'probe',
    // A healthy container is probed again only while a probe fault is armed: nothing else changes its answer.
    when: (c, ctx) =>
      c.status.phase === 'running' &&
      ctx.desired === 'running' &&
      ctx.probe !== null &&
      (c.status.health !== 'Normal' || ctx.fault?.probe !== undefined),
    delayMs: (c, ctx) =>
      (c.status.health === 'Initial' ? (ctx.probe?.initialDelaySeconds ?? 0) * 1_000 : 0) + PROBE_INTERVAL_MS,
    jitterMs: 500,
    next(c, ctx) {
      const failure = ctx.fault?.probe;
      const health = failure === undefined ? 'Normal' : 'Unhealthy';
      const events =
        health === c.status.health
          ? []
          : [
              health === 'Unhealthy'
                ? containerEvent(
                    c,
                    'Warning',
                    'Unhealthy',
                    `Container ${name(c)} failed its health check (${ctx.probe!.target}): ${failure || 'no answer'}.`,
                  )
                : containerEvent(c, 'Info', 'Healthy', `Container ${name(c)} passed its health check.`),
            ];
      return {
        status: enter(c, ctx.now, { health, reason: failure === undefined ? null : `Health check failed: ${failure}` }),
        events,
        ...(failure !== undefined ? { consumed: 'probe' as const } : {}),
      };
    },
  },
  {
    name: 'crash',
    when: (c, ctx) => c.status.phase === 'running' && ctx.desired === 'running' && ctx.fault?.crash !== undefined,
    delayMs: () => 0,
    jitterMs: 500,
    next: (c, ctx) => ({
      status: enter(c, ctx.now, {
        phase: 'exited',
        health: null,
        exitCode: 137,
        reason: ctx.fault?.crash || 'Crashed.',
      }),
      events: [
        containerEvent(
          c,
          'Warning',
          'ContainerExited',
          `Container ${name(c)} exited with code 137: ${ctx.fault?.crash || 'crashed'}.`,
        ),
      ],
      consumed: 'crash',
    }),
  },
  {
    // A batch container runs its command to the end and exits; its task decides on a retry.
    name: 'finish',
    when: (c, ctx) => c.status.phase === 'running' && ctx.desired === 'running' && ctx.batch !== undefined,
    delayMs: (c, ctx) =>
      Math.max(
        0,
        Date.parse(c.status.startedAt ?? c.status.phaseSince) +
          ctx.batch!.run.durationMs -
          Date.parse(c.status.phaseSince),
      ),
    jitterMs: 0,
    next(c, ctx) {
      const fault = ctx.batch!.exitFault;
      const exitCode = fault !== undefined ? 1 : ctx.batch!.run.exitCode;
      const reason = fault !== undefined ? fault || 'The task exited with an error.' : null;
      return {
        status: enter(c, ctx.now, { phase: 'exited', health: null, exitCode, reason }),
        events: [
          exitCode === 0
            ? containerEvent(c, 'Info', 'ContainerFinished', `Container ${name(c)} finished with exit code 0.`)
            : containerEvent(
                c,
                'Warning',
                'ContainerExited',
                `Container ${name(c)} exited with code ${exitCode}${reason ? `: ${reason}` : ''}.`,
              ),
        ],
        ...(fault !== undefined ? { consumed: 'exit' as const } : {}),
      };
    },
  },
  {
    name: 'restart-after-crash',
    when: (c, ctx) =>
      c.status.phase === 'exited' &&
      c.status.exitCode !== 0 &&
      ctx.desired === 'running' &&
      restartsAfterCrash(ctx.restart),
    delayMs: (c) => RESTART_BACKOFF_MS * 2 ** Math.min(c.status.restartCount, 5),
    jitterMs: 500,
    next: (c, { now }) => ({
      status: enter(c, now, { phase: 'restarting', restartCount: c.status.restartCount + 1 }),
      events: [
        containerEvent(
          c,
          'Info',
          'ContainerRestarting',
          `Restart container ${name(c)} (restart: ${c.status.restartCount + 1}).`,
        ),
      ],
    }),
  },
  {
    name: 'restarted',
    when: (c, ctx) => c.status.phase === 'restarting' && ctx.desired === 'running',
    delayMs: () => 1_000,
    jitterMs: 500,
    next: (c, ctx) => ({
      status: started(c, ctx),
      events: [containerEvent(c, 'Info', 'ContainerStarted', `Activate container ${name(c)} succeeded.`)],
    }),
  },
];

/** The step that applies to the container now, if any. */
export function containerTransition(container: Container, context: ContainerContext): ContainerTransition | undefined {
  return CONTAINER_TRANSITIONS.find((t) => t.when(container, context));
}
