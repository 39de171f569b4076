import type { Reporter, Span } from './diagnostics.ts';
import type { ComposeVersion } from './keys.ts';
import type { VariableUse } from './tree.ts';
import { findVariables, referenceValue } from './variables.ts';
import type { VariableModifier } from './variables.ts';

/** A template parameter (`$VAR` / `${VAR}`), where it is used, and its value when one was given. */
export interface TemplateParameter {
  name: string;
  value?: string;
  /** The default the template writes (`${VAR:-default}` or `${VAR-default}`), used when no value is given. */
  default?: string;
  references: Span[];
}

interface Use {
  name: string;
  modifier?: VariableModifier | undefined;
  span?: Span;
}

function isDefault(modifier: VariableModifier | undefined): modifier is VariableModifier {
  return modifier?.operator === ':-' || modifier?.operator === '-';
}

/** Each parameter once, in order of first use; unset are those some use needs a value for that is not given. */
function collect(uses: Iterable<Use>, values: Readonly<Record<string, string>>) {
  const byName = new Map<string, TemplateParameter>();
  const unset = new Set<string>();
  for (const use of uses) {
    let parameter = byName.get(use.name);
    if (!parameter) {
      parameter = { name: use.name, references: [] };
      if (Object.hasOwn(values, use.name)) parameter.value = values[use.name];
      byName.set(use.name, parameter);
    }
    if (isDefault(use.modifier) && parameter.default === undefined) parameter.default = use.modifier.text;
    if (use.span) parameter.references.push(use.span);
    if (referenceValue(use, values) === undefined) unset.add(use.name);
  }
  return { parameters: [...byName.values()], unset: [...unset] };
}

/** The parameters of a template that was read, with the positions of their uses. */
export function parametersOfTree(
  uses: readonly VariableUse[],
  values: Readonly<Record<string, string>>,
): TemplateParameter[] {
  return collect(uses, values).parameters;
}

/** The parameters of a template that could not be read as YAML: the names in its text, without positions. */
export function parametersOfText(
  source: string,
  values: Readonly<Record<string, string>>,
): { parameters: TemplateParameter[]; unset: string[] } {
  const { parameters, unset } = collect(findVariables(source).references, values);
  return { parameters: parameters.map((p) => ({ ...p, references: [] })), unset };
}

/**
 * Default values and mandatory variables came with Compose file version 2.1 (docker-compose reads
 * version 1 and 2.0 files with plain `$VAR` substitution): an error in older versions.
 */
export function checkVariableSyntax(uses: readonly VariableUse[], version: ComposeVersion, report: Reporter): void {
  if (version === '2.1') return;
  const words = version === '1' ? 'version 1' : `version '${version}'`;
  for (const use of uses) {
    if (!use.modifier) continue;
    const written = `\${${use.name}${use.modifier.operator}${use.modifier.text}}`;
    report.error(
      'invalid-interpolation',
      `Invalid interpolation format "${written}" in ${words} Compose files: default values (\${VARIABLE:-default}) and mandatory variables (\${VARIABLE:?error}) need version '2.1'.`,
      { span: use.span, path: [] },
    );
  }
}
