import type { Reporter } from '../diagnostics.ts';
import type { LabelSet } from './parse.ts';
import { labelBoolean, labelInteger } from './values.ts';

/** How many containers a service runs and how it is updated (`scale`, `global`, `rolling_updates`). */
export interface ScaleSettings {
  scale: number;
  global: boolean;
  rollingUpdates: boolean;
  /** Containers updated at a time during rolling updates (default 1). */
  parallelism: number;
}

const PARALLELISM = 'aliyun.rolling_updates.parallelism';

/** Reads `aliyun.scale`, `aliyun.global`, `aliyun.rolling_updates` and its `parallelism`. */
export function readScale(labels: LabelSet, report: Reporter): ScaleSettings {
  const scale =
    labelInteger(labels.get('aliyun.scale'), report, {
      code: 'invalid-scale',
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      message:
        'aliyun.scale sets the number of containers for this service to scale horizontally: a whole number such as "3".',
    }) ?? 1;
  const global = labelBoolean(labels.get('aliyun.global'), report) ?? false;
  const rollingUpdates = labelBoolean(labels.get('aliyun.rolling_updates'), report) ?? false;
  const entry = labels.get(PARALLELISM);
  let parallelism = 1;
  if (entry && !rollingUpdates) {
    report.error(
      'parallelism-without-rolling-updates',
      `${PARALLELISM} must be used with the rolling_updates label: add aliyun.rolling_updates: 'true'.`,
      entry.keyAt,
    );
  } else if (entry && !entry.unresolved) {
    const n = /^\s*\d+\s*$/.test(entry.value) ? Number(entry.value) : 0;
    if (n < 1) {
      report.warning(
        'parallelism-invalid',
        `${PARALLELISM} is the number of containers to be updated at a time; when this value is invalid, the default value 1 will be used.`,
        entry.valueAt,
      );
    } else {
      parallelism = n;
      if (n > 1 && n >= scale)
        report.warning(
          'parallelism-not-below-scale',
          `To ensure that there is always at least one container that is providing service, it is recommended that you define the parallelism label to a value less than the number of containers in the service (${scale}).`,
          entry.valueAt,
        );
    }
  }
  return { scale, global, rollingUpdates, parallelism };
}
