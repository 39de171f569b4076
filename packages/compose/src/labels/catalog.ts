import type { Reporter } from '../diagnostics.ts';
import { closest, editDistance } from '../suggest.ts';
import { LABEL_DOCS } from './docs.ts';
import type { LabelEntry, LabelSet } from './parse.ts';
import { PROXY_NAMES, PROXY_PREFIX } from './proxy.ts';

const EXACT = {
  service: new Set(LABEL_DOCS.filter((d) => d.level === 'service' && !d.label.includes('$')).map((d) => d.label)),
  job: new Set(LABEL_DOCS.filter((d) => d.level === 'job').map((d) => d.label)),
};
const PATTERNS = [/^aliyun\.routing\.port_.+$/, /^aliyun\.lb\.port_.+$/, /^aliyun\.log_store_.+$/];

/** Whether a label is one the guide documents at this level (service labels or job labels). */
export function isKnownLabel(key: string, level: 'service' | 'job'): boolean {
  if (EXACT[level].has(key)) return true;
  if (level === 'job') return false;
  if (key.startsWith(PROXY_PREFIX)) return (PROXY_NAMES as readonly string[]).includes(key.slice(PROXY_PREFIX.length));
  return PATTERNS.some((p) => p.test(key));
}

const FIXED_CANDIDATES = {
  service: [...EXACT.service],
  job: [...EXACT.job],
  proxy: PROXY_NAMES.map((n) => PROXY_PREFIX + n),
};

/** Candidates for "did you mean", with the port or name of the misspelt label filled in. */
function candidates(key: string, level: 'service' | 'job'): string[] {
  if (level === 'job') return FIXED_CANDIDATES.job;
  const port = /(\d+)$/.exec(key)?.[1] ?? '80';
  const list = [...FIXED_CANDIDATES.service, `aliyun.routing.port_${port}`, `aliyun.lb.port_${port}`];
  list.push(...FIXED_CANDIDATES.proxy);
  const store = /log_?store_?(.+)$/.exec(key)?.[1];
  if (store) list.push(`aliyun.log_store_${store}`);
  return list;
}

/** A suggestion for an unknown label: the closest known one, or one ending with the same word. */
function suggestion(key: string, level: 'service' | 'job'): string | undefined {
  const dot = key.indexOf('.');
  const fixed = dot > 0 && key.slice(0, dot) !== 'aliyun' ? `aliyun${key.slice(dot)}` : key;
  const all = candidates(fixed, level);
  if (all.includes(fixed)) return fixed;
  const near = closest(fixed, all);
  if (near) return near;
  const last = fixed.slice(fixed.lastIndexOf('.') + 1);
  return all.find((c) => c.endsWith(`.${last}`));
}

/** True for `aliyun.*` and near misses of it such as `aiyun.scale`. */
function looksLikeAliyun(key: string): boolean {
  const head = key.split('.')[0] ?? '';
  return (
    key.includes('.') && (head === 'aliyun' || (head.length >= 4 && editDistance(head.toLowerCase(), 'aliyun') <= 2))
  );
}

function reportUnknown(entry: LabelEntry, level: 'service' | 'job', report: Reporter): void {
  const other = level === 'service' ? 'job' : 'service';
  if (isKnownLabel(entry.key, other)) {
    if (level === 'service')
      report.error(
        'job-label-on-service',
        `\`${entry.key}\` is a job-level label: add it to the top-level labels: of a version 2 template, not to a service.`,
        entry.keyAt,
      );
    else
      report.warning(
        'service-label-on-job',
        `\`${entry.key}\` is a service label: add it to the labels: of a service.`,
        entry.keyAt,
      );
    return;
  }
  const hint = suggestion(entry.key, level);
  report.warning(
    'unknown-aliyun-label',
    `Unknown label \`${entry.key}\`: the Container Service does not document it, so it has no effect.${hint ? ` Did you mean \`${hint}\`?` : ''}`,
    entry.keyAt,
  );
}

/** Warns about unknown `aliyun.*` labels (with a did-you-mean) and labels set twice. */
export function checkLabelNames(labels: LabelSet, level: 'service' | 'job', report: Reporter): void {
  const seen = new Set<string>();
  for (const entry of labels.entries) {
    if (seen.has(entry.key) && !entry.key.startsWith('aliyun.routing.port_'))
      report.warning(
        'duplicate-label',
        `Label \`${entry.key}\` is set more than once; the last value is used.`,
        entry.keyAt,
      );
    seen.add(entry.key);
    if (looksLikeAliyun(entry.key) && !isKnownLabel(entry.key, level)) reportUnknown(entry, level, report);
  }
}
