import type { Reporter } from '../diagnostics.ts';
import type { LabelSet } from './parse.ts';
import { parseProbeUrl } from './probe.ts';

/** Custom monitoring (`aliyun.monitoring.*`): a collection script or an HTTP data interface, and addons. */
export interface MonitoringSettings {
  script?: string;
  http?: string;
  tags: string[];
  addons: { influxdb?: string; prometheus?: string };
}

const ADDON = /^[a-zA-Z][a-zA-Z0-9+.-]*:(\/\/)?[^:/\s]+:\d{1,5}$/;

/** Reads `aliyun.monitoring.script`, `.http`, `.tags` and `.addon.influxdb` / `.addon.prometheus`. */
export function readMonitoring(labels: LabelSet, report: Reporter): MonitoringSettings | undefined {
  if (labels.withPrefix('aliyun.monitoring.').length === 0) return undefined;
  const settings: MonitoringSettings = { tags: [], addons: {} };
  const script = labels.get('aliyun.monitoring.script');
  if (script && !script.unresolved) settings.script = script.value.trim();
  const http = labels.get('aliyun.monitoring.http');
  if (http && !http.unresolved) {
    if (parseProbeUrl(http.value)?.kind === 'http') settings.http = http.value.trim();
    else
      report.error(
        'monitoring-http',
        'aliyun.monitoring.http declares the data collection interface, such as http://container:3000/metrics/data.',
        http.valueAt,
      );
  }
  const tags = labels.get('aliyun.monitoring.tags');
  if (tags) {
    settings.tags = tags.value
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (!http)
      report.warning(
        'monitoring-tags-without-http',
        'aliyun.monitoring.tags declares which fields returned from the HTTP data interface are tags: use it with aliyun.monitoring.http.',
        tags.keyAt,
      );
  }
  for (const name of ['influxdb', 'prometheus'] as const) {
    const addon = labels.get(`aliyun.monitoring.addon.${name}`);
    if (!addon || addon.unresolved) continue;
    if (ADDON.test(addon.value.trim())) settings.addons[name] = addon.value.trim();
    else
      report.error(
        'monitoring-addon',
        `The value of aliyun.monitoring.addon.${name} must be in the format of schema:hostIp:port, such as http://60.205.150.64:8086.`,
        addon.valueAt,
      );
  }
  return settings;
}
