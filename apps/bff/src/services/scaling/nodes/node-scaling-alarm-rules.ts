import { createHash } from 'node:crypto';
import { CONSECUTIVE_PERIODS } from '@cs/domain';
import type { NodeScalingRule, ScalingCounters, ScalingDirection, ScalingMetric } from '@cs/domain';
import type { NodeScalingAlarmRuleDto } from '@cs/contracts';

const ITEM_WORDS: Record<ScalingMetric, string> = { cpu: 'CPU usage', memory: 'memory usage' };
const DIRECTIONS: readonly ScalingDirection[] = ['expand', 'contract'];

/** A short hex id like the guide's "b0a649888bf2093", stable for the rule and direction. */
const alarmRuleId = (ruleId: string, direction: ScalingDirection) =>
  createHash('sha256').update(`${ruleId}:${direction}`).digest('hex').slice(0, 15);

function description(rule: NodeScalingRule, direction: ScalingDirection): string {
  const { bounds, step, contractionStep, min, max } = rule.spec.policy;
  const metrics = (Object.keys(bounds) as ScalingMetric[]).filter((m) => bounds[m]);
  const sign = direction === 'expand' ? '>' : '<';
  const parts = metrics.map((m) => {
    const b = bounds[m]!;
    return `the ${ITEM_WORDS[m]} mean ${sign} ${direction === 'expand' ? b.expansion : b.contraction}%`;
  });
  const joined = parts.join(direction === 'expand' ? ' or ' : ' and ');
  const action =
    direction === 'expand'
      ? `add ${step} node(s), up to ${max} nodes`
      : `remove ${contractionStep} node, down to ${min} nodes`;
  return `If ${joined} for ${CONSECUTIVE_PERIODS} consecutive periods, ${action}.`;
}

function monitorItem(rule: NodeScalingRule): string {
  const metrics = (Object.keys(rule.spec.policy.bounds) as ScalingMetric[]).filter((m) => rule.spec.policy.bounds[m]);
  const words = metrics.map((m) => ITEM_WORDS[m]).join(' and ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The rule's expansion and contraction conditions as the "Container Service Alarm Rule list" rows. */
export function nodeScalingAlarmRules(
  rule: NodeScalingRule,
  counters: ScalingCounters | undefined,
): NodeScalingAlarmRuleDto[] {
  return DIRECTIONS.map((direction) => {
    const beyond = direction === 'expand' ? (counters?.over ?? 0) : (counters?.under ?? 0);
    return {
      id: alarmRuleId(rule.metadata.id, direction),
      direction,
      monitorItem: monitorItem(rule),
      description: description(rule, direction),
      periods: '1 minute',
      notificationObject: 'Cloud account alarm contacts',
      status: beyond > 0 ? 'alarm' : 'normal',
      enabled: rule.spec.alarms[direction].enabled,
      resourceVersion: rule.metadata.resourceVersion,
    };
  });
}
