import { CONSECUTIVE_PERIODS } from '@cs/domain';
import type { PeriodJudgement, ScalingDirection, Service } from '@cs/domain';

const METRIC_WORDS = { cpu: 'CPU usage', memory: 'memory usage' } as const;
const fullName = (s: Service) => `${s.spec.applicationName}_${s.metadata.name}`;
const round = (value: number) => Math.round(value * 10) / 10;

/** "The average CPU usage of service web_web was 85.2% (over 70%) for 3 consecutive one-minute periods". */
function causeWords(service: Service, cause: NonNullable<PeriodJudgement['cause']>, direction: ScalingDirection) {
  const side = direction === 'expand' ? 'over' : 'under';
  return `The average ${METRIC_WORDS[cause.metric]} of service ${fullName(service)} was ${round(cause.value)}% (${side} ${cause.bound}%) for ${CONSECUTIVE_PERIODS} consecutive one-minute periods`;
}

export function scalingMessage(
  service: Service,
  judged: PeriodJudgement & { direction: ScalingDirection },
  from: number,
  to: number,
): string {
  const cause = causeWords(service, judged.cause!, judged.direction);
  if (from === to) {
    const limit = judged.direction === 'expand' ? 'Max' : 'Min';
    return `${cause}, but it has the ${limit} Number of Containers (${to}): no scaling.`;
  }
  const verb = judged.direction === 'expand' ? 'scale out' : 'scale in';
  return `${cause}: ${verb} from ${from} to ${to} container${to === 1 ? '' : 's'}.`;
}
