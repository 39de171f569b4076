import { InputError } from '@cs/domain';
import type { z } from 'zod';

/** Parses input with its contract schema; failures become one InputError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
      message: issue.message,
    })),
  );
}
