/** A field that failed validation, named by its path in the request ("nodes.password"). */
export interface FieldError {
  field: string;
  message: string;
}

/** Base of the errors the domain raises; the BFF maps each kind to one HTTP status. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'input' | 'not-found' | 'conflict' | 'forbidden' | 'unauthorized';
}

export class InputError extends DomainError {
  readonly kind = 'input';
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} does not exist.`);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    message: string,
    /** The fields the conflict is about (a name already taken), for a form to show it where it belongs. */
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized';
}
