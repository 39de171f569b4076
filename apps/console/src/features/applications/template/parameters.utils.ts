import type { TemplateParameter } from '@cs/compose';

/** The values to send: only the parameters the template still uses, and only those given a value. */
export function variablesToSend(
  parameters: readonly TemplateParameter[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const { name } of parameters) {
    const value = values[name];
    if (value !== undefined && value !== '') sent[name] = value;
  }
  return sent;
}

/** The parameters that need a value before Create: used without a default, and not given one. */
export function missingParameters(
  parameters: readonly TemplateParameter[],
  values: Readonly<Record<string, string>>,
): string[] {
  return parameters.filter((p) => p.default === undefined && !values[p.name]).map((p) => p.name);
}
