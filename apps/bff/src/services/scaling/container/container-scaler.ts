import { ConflictError, SCALING_PERIOD_MS, judgePeriod, scaledCount, workloadOperationProblem } from '@cs/domain';
import type { NewEvent, PeriodAverages, ScalingPolicy, Service } from '@cs/domain';
import { serviceEvent } from '@cs/simulator';
import type { Clock } from '@cs/simulator';
import type { Logger } from '../../../logging/logger.ts';
import { chunks } from '../../../store/container-store.ts';
import type { StoredCounters } from '../../../store/scaling-counter-store.ts';
import type { Store } from '../../../store/store.ts';
import { serviceOperation } from '../../workloads/application-plan.ts';
import { PeriodTimer } from '../period-timer.ts';
import { scalingMessage } from './scaling-events.ts';
import type { ServiceAveragesSource } from './service-averages.ts';

/** Counters written per transaction. */
const WRITE_CHUNK = 25;

export interface ContainerScalerOptions {
  clock: Clock;
  /** Only the replica running the simulated cloud scales, so each period is judged once. */
  leading: () => boolean;
  logger: Logger;
}

export const periodEndAt = (at: number) => Math.floor(at / SCALING_PERIOD_MS) * SCALING_PERIOD_MS;

interface Decision {
  service: Service;
  counters: StoredCounters;
  scale?: { to: number; event: NewEvent };
  event?: NewEvent;
}

/**
 * Container auto scaling (the guide's "Container auto scaling"): at the end of each one-minute
 * sample period, every service with a policy is judged on its containers' averages; three periods
 * in a row beyond a bound change its scale by the step, within Min and Max, through the same
 * update a scale change in the console makes. Counters are stored, so a restart carries on.
 */
export class ContainerScaler {
  private readonly timer: PeriodTimer;

  constructor(
    private readonly store: Store,
    private readonly source: ServiceAveragesSource,
    options: ContainerScalerOptions,
  ) {
    this.timer = new PeriodTimer({ ...options, periodMs: SCALING_PERIOD_MS, what: 'container auto scaling' }, () =>
      this.evaluateDue(options.clock.now()),
    );
  }

  start(): void {
    this.timer.start();
  }

  stop(): void {
    this.timer.stop();
  }

  async idle(): Promise<void> {
    await this.timer.idle();
  }

  /** Judges the period that ended last for every service with a policy; answers how many were judged. */
  async evaluateDue(now: number): Promise<number> {
    const end = periodEndAt(now);
    const services = (
      await this.store.resources.withSpecPath<Service>('service', ['definition', 'autoScaling'])
    ).filter((s) => s.spec.desiredState === 'running' && s.spec.operation.kind !== 'delete');
    if (services.length === 0) return 0;
    const stored = await this.store.scalingCounters.of(services.map((s) => s.metadata.id));
    const due = services.filter((s) => (stored.get(s.metadata.id)?.judgedTo ?? 0) < end);
    if (due.length === 0) return 0;
    const averages = await this.source.averages(due, end - SCALING_PERIOD_MS, end, SCALING_PERIOD_MS);
    const decisions = due.map((service) =>
      decide(service, stored.get(service.metadata.id), averages.get(service.metadata.id)?.[0] ?? {}, end),
    );
    await this.write(decisions);
    return decisions.length;
  }

  private async write(decisions: readonly Decision[]): Promise<void> {
    const { resources, scalingCounters } = this.store;
    // A transaction of SQLite statements holds the event loop: a few at a time, others between.
    for (const part of chunks(decisions, WRITE_CHUNK)) {
      await resources.transact(async (trx, at) => {
        for (const d of part) await scalingCounters.setIn(trx, 'service', d.service.metadata.id, d.counters);
        const events = part.flatMap((d) => (d.event ? [d.event] : []));
        if (events.length > 0) await resources.applyIn(trx, { events }, at);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const d of decisions) if (d.scale) await this.scale(d.service, d.scale);
  }

  /** The same update Change Configuration makes for a new scale: containers added or removed, none recreated. */
  private async scale(service: Service, scale: NonNullable<Decision['scale']>): Promise<void> {
    try {
      await this.store.resources.transact(async (trx, at) => {
        const update = serviceOperation(service, { kind: 'update', reschedule: false }, Date.parse(at), {
          definition: { ...service.spec.definition, scale: scale.to },
        });
        await this.store.resources.applyIn(trx, { updates: [update], events: [scale.event] }, at);
      });
    } catch (error) {
      // Changed since it was read (the engine wrote its status): the next period judges it afresh.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}

/** What one service's period comes to: new counters, and a scaling when three periods made it. */
export function decide(
  service: Service,
  stored: StoredCounters | undefined,
  averages: PeriodAverages,
  end: number,
): Decision {
  const policy = service.spec.definition.autoScaling as ScalingPolicy;
  // A service busy with another operation is not judged: its figures are in flux.
  if (workloadOperationProblem('', service.status.phase, 'scale'))
    return { service, counters: { over: stored?.over ?? 0, under: stored?.under ?? 0, judgedTo: end } };
  const judged = judgePeriod(policy, stored ?? { over: 0, under: 0 }, averages);
  const counters = { ...judged.counters, judgedTo: end };
  if (!judged.direction) return { service, counters };
  const current = service.spec.definition.scale;
  const to = scaledCount(policy, current, judged.direction);
  const direction = judged.direction;
  const event = serviceEvent(
    service,
    'Info',
    direction === 'expand' ? 'ScaleOut' : 'ScaleIn',
    scalingMessage(service, { ...judged, direction }, current, to),
  );
  if (to !== current) return { service, counters, scale: { to, event } };
  // A quiet service at its Min is the usual case, not news; a spike at Max is worth an event.
  return direction === 'expand' ? { service, counters, event } : { service, counters };
}
