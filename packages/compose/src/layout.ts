import type { Reporter } from './diagnostics.ts';
import type { ComposeVersion } from './keys.ts';
import { entry } from './tree.ts';
import type { TEntry, TMap, TNode } from './tree.ts';

export type TemplateFormat = 'v1' | 'v2';

/** Where the parts of a template are, whichever Compose format it is written in. */
export interface TemplateLayout {
  format: TemplateFormat;
  version: ComposeVersion;
  /** One entry per service: its name (key) and definition (value). */
  services: TEntry[];
  /** The version 2 top level (`version`, `services`, `volumes`, `labels`, …), if any. */
  top: TMap | undefined;
  /** The job-level `labels:` block (offline jobs and timing tasks), wherever it was written. */
  jobLabels: TEntry | undefined;
}

const SUPPORTED: Readonly<Record<string, ComposeVersion>> = { '2': '2.0', '2.0': '2.0', '2.1': '2.1' };

/** True when a v1-looking `services:` key is really the v2 services block (no `version` written). */
function looksLikeServicesBlock(value: TNode): value is TMap {
  if (value.kind !== 'map') return false;
  if (entry(value, 'image') || entry(value, 'external')) return false;
  return value.entries.every((e) => e.value.kind === 'map' || (e.value.kind === 'scalar' && e.value.value === null));
}

/** A version 1 top-level `labels:` holding `aliyun.*` keys is a misplaced job label block, not a service. */
function isJobLabelBlock(e: TEntry): boolean {
  if (e.key !== 'labels') return false;
  const v = e.value;
  if (v.kind === 'map') return v.entries.some((x) => x.key.startsWith('aliyun.'));
  return v.kind === 'seq' && v.items.some((x) => x.kind !== 'scalar' || x.text.startsWith('aliyun.'));
}

/** Decides v1 or v2 (and which v2) from the `version` key, reporting versions the service lacks. */
export function readLayout(root: TNode | undefined, report: Reporter): TemplateLayout {
  const none: TemplateLayout = { format: 'v1', version: '1', services: [], top: undefined, jobLabels: undefined };
  if (!root || (root.kind === 'scalar' && root.value === null)) return none;
  if (root.kind !== 'map') {
    report.error(
      'invalid-type',
      'A template is a mapping: services at the top level (version 1), or `version` and `services` (version 2).',
      root,
    );
    return none;
  }
  const version = entry(root, 'version');
  if (!version) {
    const services = entry(root, 'services');
    if (services && looksLikeServicesBlock(services.value)) {
      report.warning(
        'missing-version',
        "The template has a top-level `services` key but no `version`: it is read as version '2.1'. The Container Service supports the version 1 and version 2 Compose file formats; add `version: '2'`.",
        services.keyNode,
      );
      return {
        format: 'v2',
        version: '2.1',
        services: services.value.entries,
        top: root,
        jobLabels: entry(root, 'labels'),
      };
    }
    const jobLabels = root.entries.find(isJobLabelBlock);
    return {
      format: 'v1',
      version: '1',
      services: root.entries.filter((e) => e !== jobLabels),
      top: undefined,
      jobLabels,
    };
  }
  const top = root;
  const services = entry(root, 'services')?.value;
  const layout = (v: ComposeVersion): TemplateLayout => ({
    format: 'v2',
    version: v,
    services: services?.kind === 'map' ? services.entries : [],
    top,
    jobLabels: entry(root, 'labels'),
  });
  const value = version.value;
  const text = value.kind === 'scalar' ? value.text.trim() : '';
  const known = SUPPORTED[text];
  if (known) return layout(known);
  if (/^3(\.\d+)?$/.test(text)) {
    report.warning(
      'unsupported-version',
      `Compose file version '${text}' is not supported: the orchestration template supports the version 1 and version 2 Compose file formats. It is read as version '2.1'.`,
      value,
    );
  } else {
    report.error(
      'unsupported-version',
      `Compose file version '${text}' is not supported: use version '2', '2.0' or '2.1', or write services at the top level (version 1).`,
      value,
    );
  }
  return layout('2.1');
}
