import { METRIC_ITEMS } from '@cs/contracts';
import type {
  AlarmComparison,
  AlarmInstanceRef,
  AlarmInstanceView,
  AlarmMethod,
  AlarmPeriod,
  AlarmRuleCreateRequest,
  AlarmRuleDto,
  AlarmRuleUpdateRequest,
  MetricItem,
} from '@cs/contracts';
import { instanceParam, parseInstanceParam } from './alarm-paths.ts';

/** One row of "Set alarm rules"; the threshold in the unit the form shows (%, MB, KB/s). */
export interface ConditionRow {
  item?: MetricItem;
  periodMinutes: AlarmPeriod;
  method: AlarmMethod;
  comparison: AlarmComparison;
  threshold?: number;
  consecutivePeriods: number;
}

export interface AlarmFormValues {
  name: string;
  /** `container:<id>` / `node:<id>`. */
  instances: string[];
  conditions: ConditionRow[];
  contacts: { name: string; email: string }[];
}

/** The guide's new row: "Please select", "5 minutes", "Average", "> Threshold". */
export const NEW_CONDITION: ConditionRow = {
  periodMinutes: 5,
  method: 'Average',
  comparison: '>',
  consecutivePeriods: 1,
};

const MB = 1024 * 1024;
/** What the form's threshold is in, and how many of the contract's unit that is. */
export function formUnit(item: MetricItem | undefined): { label: string; factor: number } {
  const unit = item ? METRIC_ITEMS[item].unit : 'percent';
  if (unit === 'percent') return { label: '%', factor: 1 };
  if (unit === 'bytes') return { label: 'MB', factor: MB };
  return { label: 'KB/s', factor: 1024 };
}

export function initialAlarmValues(
  rule: AlarmRuleDto | undefined,
  preset: AlarmInstanceRef | undefined,
): AlarmFormValues {
  if (!rule) {
    return {
      name: '',
      instances: preset ? [instanceParam(preset)] : [],
      conditions: [{ ...NEW_CONDITION }],
      contacts: [{ name: '', email: '' }],
    };
  }
  return {
    name: rule.metadata.name,
    instances: rule.spec.instances.map(instanceParam),
    conditions: rule.spec.conditions.map((c) => ({
      ...c,
      periodMinutes: c.periodMinutes as AlarmPeriod,
      threshold: c.threshold / formUnit(c.item).factor,
    })),
    contacts: rule.spec.contacts.map((c) => ({ ...c })),
  };
}

function ruleBody(values: Partial<AlarmFormValues>) {
  return {
    name: values.name ?? '',
    instances: (values.instances ?? []).flatMap((v) => {
      const ref = parseInstanceParam(v);
      return ref ? [ref] : [];
    }),
    conditions: (values.conditions ?? []).map((c) => ({
      ...c,
      threshold: c.threshold === undefined || c.threshold === null ? undefined : c.threshold * formUnit(c.item).factor,
    })),
    contacts: values.contacts ?? [],
  };
}

export function toCreateRequest(values: Partial<AlarmFormValues>, clusterId: string): AlarmRuleCreateRequest {
  return { clusterId, ...ruleBody(values) } as AlarmRuleCreateRequest;
}

export function toUpdateRequest(values: Partial<AlarmFormValues>, resourceVersion: number): AlarmRuleUpdateRequest {
  return { ...ruleBody(values), resourceVersion } as AlarmRuleUpdateRequest;
}

const short = (id: string) => (id.length > 12 ? `${id.slice(0, 12)}...` : id);

/** "You are setting alarm rules for cec76ef60906... instance and other 1 Instances", as the guide says it. */
export function settingForText(instances: readonly Pick<AlarmInstanceView, 'id'>[]): string {
  const [first, ...others] = instances;
  if (!first) return 'Select the instances to set alarm rules for.';
  const rest = others.length > 0 ? ` and other ${others.length} Instances` : '';
  return `You are setting alarm rules for ${short(first.id)} instance${rest}`;
}
