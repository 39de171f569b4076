import { ApiError } from '@cs/contracts';

/** A field error placed on a form item: antd's name path and its messages. */
export interface PlacedFieldError {
  name: string[];
  errors: string[];
}

export interface FormFailure {
  /** Shown above the form (or in the dialog); undefined when every problem belongs to a field. */
  message: string | undefined;
  fieldErrors: PlacedFieldError[];
}

/**
 * Splits a failed request into the messages shown beside the form's fields and the one shown above
 * it. `fields` are the request fields the form has, as the API names them ("nodes.password"); a
 * field error for anything else is added to the message, so nothing the BFF says is lost.
 */
export function describeFormFailure(error: unknown, fields: readonly string[]): FormFailure {
  if (!(error instanceof ApiError)) {
    return {
      message:
        error instanceof TypeError
          ? 'Cannot reach the Container Service. Check your network connection and try again.'
          : 'The request failed unexpectedly. Try again.',
      fieldErrors: [],
    };
  }
  const placed: PlacedFieldError[] = [];
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    if (fields.includes(field)) {
      const existing = placed.find((p) => p.name.join('.') === field);
      if (existing) existing.errors.push(message);
      else placed.push({ name: field.split('.'), errors: [message] });
    } else {
      unplaced.push(field === '(body)' ? message : `${field}: ${message}`);
    }
  }
  if (placed.length > 0 && unplaced.length === 0) return { message: undefined, fieldErrors: placed };
  return { message: [error.message, ...unplaced].join(' '), fieldErrors: placed };
}

/** The message of any failure, for a dialog or a toast. */
export function failureMessage(error: unknown): string {
  return describeFormFailure(error, []).message ?? 'The request failed.';
}
