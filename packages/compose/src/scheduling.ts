import type { Affinity, Availability, Constraint, Operator, ReschedulePolicy } from '@cs/domain';
import type { Reporter } from './diagnostics.ts';
import type { EnvEntry } from './environment.ts';
import type { LabelSet } from './labels/parse.ts';

export type { Affinity, Availability, Constraint, Operator, ReschedulePolicy } from '@cs/domain';

export interface Scheduling {
  constraints: Constraint[];
  affinities: Affinity[];
  availability?: Availability;
  reschedule?: ReschedulePolicy;
  /** The environment entries that were scheduling expressions, not variables for the container. */
  consumed: Set<EnvEntry>;
}

const OPERATOR = '(==~|!=~|==|!=)';
const CONSTRAINT_HELP =
  'The Container Service supports the following expressions: constraint:aliyun.node_index==1, constraint:aliyun.node_index!=1, constraint:aliyun.node_index==(1 2 3), constraint:aliyun.node_index!=(1 2 3), and constraint:<tag>==<value> for user tags (such as constraint:group==1).';
const AFFINITY_HELP =
  'Affinity is affinity:service or affinity:image with == or != (hard) or ==~ or !=~ (soft), e.g. affinity:service!=master or affinity:image==~redis.';
const AVAILABILITY_HELP =
  'High availability scheduling is availability:az==N (the service must be distributed in at least N zones) or availability:az==~N (in N zones if possible).';
const RESCHEDULE_HELP =
  'Container rescheduling is enabled with reschedule:on-node-failure in environment, or com.docker.swarm.reschedule-policies=["on-node-failure"] in labels.';
const RESCHEDULE_LABEL = 'com.docker.swarm.reschedule-policies';

function values(text: string): string[] | undefined {
  const set = /^\((.*)\)$/.exec(text);
  const list = set
    ? (set[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter((v) => v !== '')
    : [text];
  return list.length > 0 && list.every((v) => /^[^\s()~][^\s()]*$/.test(v)) ? list : undefined;
}

function readConstraint(text: string): Constraint | undefined {
  const match = new RegExp(`^constraint:([A-Za-z0-9_.\\-]+)${OPERATOR}(.+)$`).exec(text);
  if (!match) return undefined;
  const [, key = '', operator = '==', rest = ''] = match;
  const list = values(rest.trim());
  if (!list || (key === 'aliyun.node_index' && !list.every((v) => /^[1-9]\d*$/.test(v)))) return undefined;
  return { key, operator: operator as Operator, values: list, hard: !operator.endsWith('~'), expression: text };
}

function readAffinity(text: string): Affinity | undefined {
  const match = new RegExp(`^affinity:(service|image)${OPERATOR}([^\\s()~][^\\s()]*)$`).exec(text);
  if (!match) return undefined;
  const [, kind = 'service', operator = '==', value = ''] = match;
  return {
    kind: kind as Affinity['kind'],
    operator: operator as Operator,
    value,
    hard: !operator.endsWith('~'),
    expression: text,
  };
}

function readPolicies(text: string): ReschedulePolicy[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => p === 'on-node-failure' || p === 'off'))
      return parsed as ReschedulePolicy[];
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reads the Swarm-style scheduling expressions the guide puts in `environment` (and the reschedule label). */
export function readScheduling(env: readonly EnvEntry[], labels: LabelSet, report: Reporter): Scheduling {
  const result: Scheduling = { constraints: [], affinities: [], consumed: new Set() };
  for (const entry of env) {
    const kind = /^(constraint|affinity|availability|reschedule):/.exec(entry.text)?.[1];
    if (!kind) continue;
    result.consumed.add(entry);
    if (entry.unresolved) continue;
    const text = entry.text.trim();
    if (kind === 'constraint') {
      const constraint = readConstraint(text);
      if (constraint) result.constraints.push(constraint);
      else
        report.error('constraint-format', `\`${text}\` is not a deployment constraint. ${CONSTRAINT_HELP}`, entry.at);
    } else if (kind === 'affinity') {
      const affinity = readAffinity(text);
      if (affinity) result.affinities.push(affinity);
      else report.error('affinity-format', `\`${text}\` is not an affinity. ${AFFINITY_HELP}`, entry.at);
    } else if (kind === 'availability') {
      const match = /^availability:az(==~|==)([1-9]\d*)$/.exec(text);
      if (match) result.availability = { zones: Number(match[2]), hard: match[1] === '==' };
      else report.error('availability-format', `\`${text}\` is not a zone requirement. ${AVAILABILITY_HELP}`, entry.at);
    } else if (text === 'reschedule:on-node-failure' || text === 'reschedule:off') {
      result.reschedule = text === 'reschedule:off' ? 'off' : 'on-node-failure';
    } else {
      report.error('reschedule-format', `\`${text}\` is not a rescheduling policy. ${RESCHEDULE_HELP}`, entry.at);
    }
  }
  const label = labels.get(RESCHEDULE_LABEL);
  if (label && !label.unresolved) {
    const policies = readPolicies(label.value.trim());
    if (policies) result.reschedule = policies.includes('on-node-failure') ? 'on-node-failure' : 'off';
    else
      report.error(
        'reschedule-format',
        `\`${label.value}\` is not a list of rescheduling policies. ${RESCHEDULE_HELP}`,
        label.valueAt,
      );
  }
  return result;
}
