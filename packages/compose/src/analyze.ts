import { Reporter, sortDiagnostics } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import { resolveExtends } from './extends.ts';
import type { ComposeVersion } from './keys.ts';
import type { JobSettings } from './labels/batch.ts';
import { checkDependencies } from './labels/depends.ts';
import { checkLbAcrossServices } from './labels/lb.ts';
import { readLayout } from './layout.ts';
import type { TemplateFormat, TemplateLayout } from './layout.ts';
import { checkVariableSyntax, parametersOfText, parametersOfTree } from './parameters.ts';
import type { TemplateParameter } from './parameters.ts';
import { normaliseService, readJobSettings } from './service.ts';
import type { Service, ServiceDraft } from './service.ts';
import { checkService, checkTopLevel } from './structure.ts';
import { entry, parseTree } from './tree.ts';

export interface AnalyzeOptions {
  /** Values for the template's parameters; the ones not given are listed in `unset`, never guessed. */
  variables?: Readonly<Record<string, string>>;
}

/** A named volume declared at the top level of a version 2 template. */
export interface NamedVolume {
  name: string;
  driver?: string;
  external: boolean;
}

/** Everything the console and the BFF need to know about a template. */
export interface TemplateAnalysis {
  format: TemplateFormat;
  version: ComposeVersion;
  services: Service[];
  parameters: TemplateParameter[];
  /** Parameters used in the template that have no value. */
  unset: string[];
  job: JobSettings;
  volumes: NamedVolume[];
  diagnostics: Diagnostic[];
}

function namedVolumes(layout: TemplateLayout): NamedVolume[] {
  const block = layout.top && entry(layout.top, 'volumes')?.value;
  if (block?.kind !== 'map') return [];
  return block.entries.map((e) => {
    const driver = e.value.kind === 'map' ? entry(e.value, 'driver')?.value : undefined;
    const external = e.value.kind === 'map' ? entry(e.value, 'external')?.value : undefined;
    return {
      name: e.key,
      external: external !== undefined && !(external.kind === 'scalar' && external.value === false),
      ...(driver?.kind === 'scalar' && driver.value !== null ? { driver: driver.text } : {}),
    };
  });
}

function checkAcrossServices(
  drafts: ServiceDraft[],
  layout: TemplateLayout,
  volumes: NamedVolume[],
  report: Reporter,
): void {
  const names = drafts.map((d) => d.service.name);
  const known = new Set(names);
  checkDependencies(
    names,
    drafts.flatMap((d) => d.edges),
    report,
  );
  checkLbAcrossServices(
    drafts.map((d) => ({
      service: d.service.name,
      rules: d.service.aliyun.lb,
      ports: d.service.ports,
      labels: d.labels,
    })),
    report,
  );
  const declared = new Set(volumes.map((v) => v.name));
  for (const draft of drafts) {
    const { service } = draft;
    for (const { link, at } of draft.links)
      if (!known.has(link.target))
        report.error(
          'unknown-link',
          `Service \`${service.name}\` links to \`${link.target}\`, which is not a service of this template; use external_links for a service outside it.`,
          at,
        );
    if (layout.format === 'v2')
      for (const { mount, at } of draft.volumes)
        if (mount.kind === 'volume' && mount.source && !declared.has(mount.source))
          report.error(
            'undeclared-volume',
            `Named volume "${mount.source}" is used in service "${service.name}" but no declaration was found in the volumes section.`,
            at,
          );
  }
}

function analyse(source: string, values: Readonly<Record<string, string>>): TemplateAnalysis {
  const report = new Reporter();
  const tree = parseTree(source, values);
  if (tree.syntaxError) {
    report.error('yaml-syntax', tree.syntaxError.message, { span: tree.syntaxError.span, path: [] });
    const format: TemplateFormat = /^version\s*:/m.test(source) ? 'v2' : 'v1';
    return {
      format,
      version: format === 'v2' ? '2.0' : '1',
      services: [],
      ...parametersOfText(source, values),
      job: { type: 'online' },
      volumes: [],
      diagnostics: report.diagnostics,
    };
  }
  for (const problem of tree.interpolationErrors)
    report.error('invalid-interpolation', problem.message, { span: problem.span, path: [] });
  const layout = readLayout(tree.root, report);
  checkVariableSyntax(tree.variables, layout.version, report);
  checkTopLevel(layout, report);
  const { job } = readJobSettings(layout.format, layout.jobLabels, report);
  const drafts: ServiceDraft[] = [];
  for (const item of resolveExtends(layout.services, layout.version, report)) {
    const usable = checkService(item, layout.version, report);
    if (item.value.kind !== 'map') continue;
    const draft = normaliseService(item, usable, job, report);
    drafts.push(draft);
    const { service } = draft;
    if (!service.image && !service.external && !draft.hasBuild)
      report.error(
        'missing-image',
        `Service \`${service.name}\` has no image: use the image label to refer to the image in the image repository.`,
        item.keyNode,
      );
  }
  if (layout.services.length === 0)
    report.warning(
      'no-services',
      'The template contains no services.',
      tree.root ?? { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: [] },
    );
  const volumes = namedVolumes(layout);
  checkAcrossServices(drafts, layout, volumes, report);
  return {
    format: layout.format,
    version: layout.version,
    services: drafts.map((d) => d.service),
    parameters: parametersOfTree(tree.variables, values),
    unset: tree.unset,
    job,
    volumes,
    diagnostics: sortDiagnostics(report.diagnostics),
  };
}

/**
 * Analyses an orchestration template: its format, normalised services, parameters and every
 * diagnostic the guide's rules give, positioned for the editor. Never throws.
 */
export function analyzeTemplate(source: string, options: AnalyzeOptions = {}): TemplateAnalysis {
  const values = options.variables ?? {};
  try {
    return analyse(source, values);
  } catch (error) {
    return {
      format: 'v1',
      version: '1',
      services: [],
      parameters: [],
      unset: [],
      job: { type: 'online' },
      volumes: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'analysis-failed',
          message: `The template could not be analysed: ${error instanceof Error ? error.message : String(error)}`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          path: [],
        },
      ],
    };
  }
}
