import {
  CONSECUTIVE_PERIODS,
  ConflictError,
  KEEPS_FIRING_WARNING,
  NotFoundError,
  SCALING_PERIOD_MS,
  keepsFiring,
  replayPolicy,
} from '@cs/domain';
import type { PeriodAverages, ScalingPolicy, Service } from '@cs/domain';
import type { AutoScalingStatus, ReplayResult, ScalingPolicyInput } from '@cs/contracts';
import type { ReplayRequestSchema } from '@cs/contracts';
import type { z } from 'zod';
import type { Store } from '../../../store/store.ts';
import { periodEndAt } from './container-scaler.ts';
import type { ServiceAveragesSource } from './service-averages.ts';

const HOUR_MS = 3_600_000;
/** The replay averages a large service over this many of its containers (ADR 028). */
const REPLAY_CONTAINERS = 100;
const iso = (ms: number) => new Date(ms).toISOString();

const policyOf = (input: ScalingPolicyInput): ScalingPolicy => ({ ...input, contractionStep: input.step });
const inputOf = ({ contractionStep: _, ...policy }: ScalingPolicy): ScalingPolicyInput => policy;

const averagesDto = (a: PeriodAverages | undefined) => ({ cpu: a?.cpu ?? null, memory: a?.memory ?? null });

/** A service's auto scaling as the console shows it, and the what-if replay of a policy. */
export class ContainerScalingService {
  constructor(
    private readonly store: Store,
    private readonly source: ServiceAveragesSource,
    private readonly now: () => number,
  ) {}

  private async service(id: string): Promise<Service> {
    const service = await this.store.resources.find<Service>('service', id);
    if (!service) throw new NotFoundError('service', id);
    return service;
  }

  async status(id: string): Promise<AutoScalingStatus> {
    const service = await this.service(id);
    const policy = service.spec.definition.autoScaling ?? null;
    const counters = (await this.store.scalingCounters.of([id])).get(id);
    const end = periodEndAt(this.now());
    const last = (await this.source.averages([service], end - SCALING_PERIOD_MS, end, SCALING_PERIOD_MS)).get(id)?.[0];
    return {
      serviceId: id,
      policy: policy ? inputOf(policy) : null,
      over: counters?.over ?? 0,
      under: counters?.under ?? 0,
      periodsNeeded: CONSECUTIVE_PERIODS,
      judgedTo: counters ? iso(counters.judgedTo) : null,
      last: averagesDto(last),
      warning: policy && last && keepsFiring(policy, last, service.spec.definition.scale) ? KEEPS_FIRING_WARNING : null,
      scale: service.spec.definition.scale,
    };
  }

  /** Judges the policy (given, else the service's) over the last hours, one period at a time. */
  async replay(id: string, request: z.output<typeof ReplayRequestSchema>): Promise<ReplayResult> {
    const service = await this.service(id);
    const given = request.policy ? policyOf(request.policy) : service.spec.definition.autoScaling;
    if (!given)
      throw new ConflictError(`Service ${service.metadata.name} has no auto scaling policy: give one to replay.`);
    const to = periodEndAt(this.now());
    const from = to - request.hours * HOUR_MS;
    const averages =
      (await this.source.averages([service], from, to, SCALING_PERIOD_MS, { maxContainers: REPLAY_CONTAINERS })).get(
        id,
      ) ?? [];
    const periods = averages.map((a, i) => ({ end: from + (i + 1) * SCALING_PERIOD_MS, averages: a }));
    const start = Math.min(given.max, Math.max(given.min, service.spec.definition.scale));
    const outcome = replayPolicy(given, periods, start);
    const last = averages.at(-1);
    return {
      from: iso(from),
      to: iso(to),
      periods: periods.length,
      emptyPeriods: averages.filter((a) => a.cpu === null && a.memory === null).length,
      start,
      final: outcome.final,
      expansions: outcome.expansions,
      contractions: outcome.contractions,
      scalings: outcome.scalings.map((s) => ({ ...s, at: iso(s.at) })),
      series: periods.map((p) => ({ at: iso(p.end), ...averagesDto(p.averages) })),
      warning: last && keepsFiring(given, last, start) ? KEEPS_FIRING_WARNING : null,
    };
  }
}
