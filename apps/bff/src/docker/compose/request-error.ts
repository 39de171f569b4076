import type { z } from 'zod';
import { bounded } from '../../http/bounded.ts';

/** A create body the server refuses, naming the field at fault (`HostConfig.PortBindings["80/tcp"][0].HostPort`). */
export class DockerRequestError extends Error {
  override readonly name = 'DockerRequestError';

  constructor(
    message: string,
    readonly field: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys come from the client: a message repeats at most this much of each. */
const MAX_ECHOED_KEY_CHARS = 64;

/** A field path as JavaScript would write it; `body` for the body itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let written = '';
  for (const segment of path) {
    if (typeof segment === 'number') written += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) written += written ? `.${segment}` : segment;
    else written += `[${JSON.stringify(bounded(String(segment), MAX_ECHOED_KEY_CHARS))}]`;
  }
  return written || 'body';
}

/** A union branch that failed only because the value has another type altogether. */
const wrongTypeOnly = (branch: readonly z.core.$ZodIssue[]): boolean =>
  branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;

/**
 * What the first issue says is wrong where: inside a bad record key, or inside the union branch the
 * value's type chose (`Cmd: [1]` is a list with a bad entry, not "a string or a list").
 */
function innermost(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
): { path: PropertyKey[]; message: string } {
  const [issue] = issues;
  if (!issue) return { path: [...prefix], message: 'is not valid' };
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') return innermost(issue.issues, path);
  const branch = issue.code === 'invalid_union' ? issue.errors.find((b) => !wrongTypeOnly(b)) : undefined;
  return branch ? innermost(branch, path) : { path, message: issue.message };
}

/** Parses with a body schema, throwing the first problem as a DockerRequestError. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { path, message } = innermost(result.error.issues, []);
  const field = fieldPath(path);
  throw new DockerRequestError(`${field} ${message}`, field);
}
