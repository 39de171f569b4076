/** A compose service definition: plain JSON-able values under compose v2.1 keys. */
export type Definition = Record<string, unknown>;

/** Docker's defaults (docker-py sends many fields as null, false, 0 or empty): nothing to write. */
function isDockerDefault(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

export function withoutDefaults(definition: Definition): Definition {
  return Object.fromEntries(Object.entries(definition).filter(([, value]) => !isDockerDefault(value)));
}

/**
 * Every string value with `$` written `$$`: docker-compose has already substituted the variables,
 * so a `$` left in the body is literal, and the template engine would read it as a variable.
 */
export function withLiteralDollars(value: unknown): unknown {
  if (typeof value === 'string') return value.split('$').join('$$');
  if (Array.isArray(value)) return value.map(withLiteralDollars);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withLiteralDollars(item)]));
  return value;
}
