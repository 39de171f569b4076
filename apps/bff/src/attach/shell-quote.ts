/**
 * One shell word that means exactly `value` to bash and sh: single-quoted, each `'` written as
 * `'\''`. Inside single quotes nothing is special ($, `, \, ", newlines), so no value can run a
 * command.
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
