import { AUTO_SCALING_PREFIX } from '../labels/scaling.ts';

/** The guide's Auto Scaling settings: one metric with its limits, the step and the container bounds. */
export interface ImageAutoScaling {
  metric: 'cpu' | 'memory';
  /** Expansion Condition, percent (50-100). */
  expansion: number;
  /** Contraction Condition, percent (0-50). */
  contraction: number;
  step: number;
  minInstances: number;
  maxInstances: number;
}

/** The `aliyun.auto_scaling.*` labels the settings write. */
export function autoScalingLabels(a: ImageAutoScaling): [string, string][] {
  return [
    [`${AUTO_SCALING_PREFIX}max_${a.metric}`, String(a.expansion)],
    [`${AUTO_SCALING_PREFIX}min_${a.metric}`, String(a.contraction)],
    [`${AUTO_SCALING_PREFIX}step`, String(a.step)],
    [`${AUTO_SCALING_PREFIX}min_instances`, String(a.minInstances)],
    [`${AUTO_SCALING_PREFIX}max_instances`, String(a.maxInstances)],
  ];
}

const number = (text: string | undefined, fallback: number) => {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? value : fallback;
};

/**
 * The settings a service's labels hold, for a form to show (the labels' defaults where one is
 * missing: step 1, at most 10 containers); undefined when the labels set no auto scaling metric.
 */
export function readAutoScalingLabels(labels: Readonly<Record<string, string>>): ImageAutoScaling | undefined {
  const get = (key: string) => labels[`${AUTO_SCALING_PREFIX}${key}`];
  const metric = (['cpu', 'memory'] as const).find(
    (m) => get(`max_${m}`) !== undefined || get(`min_${m}`) !== undefined,
  );
  if (!metric) return undefined;
  return {
    metric,
    expansion: number(get(`max_${metric}`), 100),
    contraction: number(get(`min_${metric}`), 0),
    step: number(get('step'), 1),
    minInstances: number(get('min_instances'), 1),
    maxInstances: number(get('max_instances'), 10),
  };
}

export const isAutoScalingLabel = (key: string) => key.startsWith(AUTO_SCALING_PREFIX);
