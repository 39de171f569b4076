import type { z } from 'zod';
import type { FieldErrorSchema } from './problem.ts';

export type ApiFieldError = z.infer<typeof FieldErrorSchema>;

/** Every failed API call surfaces as one of these; components read it, never a raw response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: ApiFieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one field ("nodes.password"), to show beside that form item. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}
