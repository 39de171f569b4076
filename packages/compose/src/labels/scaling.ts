import type { Reporter } from '../diagnostics.ts';
import type { LabelEntry, LabelSet } from './parse.ts';
import { labelInteger } from './values.ts';

/** Upper (expansion) and lower (contraction) limits of one metric, in percent. */
export interface ScalingThresholds {
  expansion?: number;
  contraction?: number;
}

/** Container auto scaling rules (`aliyun.auto_scaling.*`). */
export interface AutoScaling {
  step: number;
  minInstances: number;
  maxInstances: number;
  cpu?: ScalingThresholds;
  memory?: ScalingThresholds;
}

export const AUTO_SCALING_PREFIX = 'aliyun.auto_scaling.';
const MIN_GAP = 30;

function percent(
  entry: LabelEntry | undefined,
  range: [number, number],
  code: string,
  message: string,
  report: Reporter,
) {
  if (!entry || entry.unresolved) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(entry.value);
  const value = match ? Number(match[1]) : NaN;
  if (!(value >= range[0] && value <= range[1])) {
    report.error(code, message, entry.valueAt);
    return undefined;
  }
  return value;
}

function thresholds(labels: LabelSet, metric: 'cpu' | 'memory', report: Reporter): ScalingThresholds | undefined {
  const maxEntry = labels.get(`${AUTO_SCALING_PREFIX}max_${metric}`);
  const minEntry = labels.get(`${AUTO_SCALING_PREFIX}min_${metric}`);
  if (!maxEntry && !minEntry) return undefined;
  const expansion = percent(
    maxEntry,
    [50, 100],
    'auto-scaling-expansion',
    'The range of the Expansion Condition is 50%~100%.',
    report,
  );
  const contraction = percent(
    minEntry,
    [0, 50],
    'auto-scaling-contraction',
    'The range of the Contraction Condition is 0%~50%.',
    report,
  );
  if (expansion !== undefined && contraction !== undefined && expansion - contraction < MIN_GAP && maxEntry)
    report.error(
      'auto-scaling-gap',
      `The Expansion Condition must be at least 30% higher than the Contraction Condition (here ${expansion}% and ${contraction}%).`,
      maxEntry.valueAt,
    );
  return {
    ...(expansion === undefined ? {} : { expansion }),
    ...(contraction === undefined ? {} : { contraction }),
  };
}

/** Reads the container auto scaling labels, checking the guide's constraints. */
export function readAutoScaling(labels: LabelSet, report: Reporter): AutoScaling | undefined {
  const first = labels.withPrefix(AUTO_SCALING_PREFIX)[0];
  if (!first) return undefined;
  const step =
    labelInteger(labels.get(`${AUTO_SCALING_PREFIX}step`), report, {
      code: 'auto-scaling-step',
      min: 1,
      max: 5,
      message: 'The range of the Step is 1~5, the default value is 1.',
    }) ?? 1;
  const instances = (key: string, min: number) =>
    labelInteger(labels.get(`${AUTO_SCALING_PREFIX}${key}`), report, {
      code: 'auto-scaling-instances',
      min,
      max: Number.MAX_SAFE_INTEGER,
      message: `\`${AUTO_SCALING_PREFIX}${key}\` is a number of containers${min > 0 ? ' of at least 1' : ''}.`,
    });
  const maxInstances = instances('max_instances', 1) ?? 10;
  const minInstances = instances('min_instances', 0) ?? 1;
  const minEntry = labels.get(`${AUTO_SCALING_PREFIX}min_instances`);
  if (minInstances > maxInstances)
    report.error(
      'auto-scaling-instances',
      `The Min Number of Containers (${minInstances}) cannot be greater than the Max Number of Containers (${maxInstances}).`,
      minEntry?.valueAt ?? labels.get(`${AUTO_SCALING_PREFIX}max_instances`)?.valueAt ?? first.keyAt,
    );
  const cpu = thresholds(labels, 'cpu', report);
  const memory = thresholds(labels, 'memory', report);
  if (!cpu && !memory)
    report.warning(
      'auto-scaling-no-metric',
      'Auto scaling needs a metric: set the upper and lower limits of CPU usage (aliyun.auto_scaling.max_cpu, min_cpu) or memory usage (max_memory, min_memory).',
      first.keyAt,
    );
  return { step, minInstances, maxInstances, ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) };
}
