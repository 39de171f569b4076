import { ApiError } from '@cs/contracts';

export const SIGN_IN_PATH = '/signin';

interface PathParts {
  pathname: string;
  search?: string;
  hash?: string;
}

/**
 * Where to go after signing in: the `next` page if it is a path of this console, else the Overview.
 * Anything else (another origin, `//host`, a `javascript:` URL, the sign-in page itself) is ignored.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, 'http://console.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://console.invalid' || url.pathname === SIGN_IN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the page to return to (none for the Overview, the default). */
export function signInPath(from: PathParts): string {
  const back = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  if (back === '/' || from.pathname === SIGN_IN_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: back }).toString()}`;
}

/** The fields of the sign-in form, as the API names them in field errors. */
export const SIGN_IN_FIELDS = ['username', 'password'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

export interface SignInFailure {
  /** Shown above the form; undefined when every problem belongs to a field. */
  message: string | undefined;
  fieldErrors: { field: SignInField; message: string }[];
}

function isSignInField(field: string): field is SignInField {
  return (SIGN_IN_FIELDS as readonly string[]).includes(field);
}

/** Splits a failed sign-in into the messages beside the fields and the one above the form. */
export function describeSignInFailure(error: unknown): SignInFailure {
  if (!(error instanceof ApiError)) {
    const offline = error instanceof TypeError;
    return {
      message: offline
        ? 'Cannot reach the Container Service. Check your network connection and try again.'
        : 'Signing in failed unexpectedly. Try again.',
      fieldErrors: [],
    };
  }
  const fieldErrors = error.fieldErrors.flatMap((e) =>
    isSignInField(e.field) ? [{ field: e.field, message: e.message }] : [],
  );
  const unplaced = error.fieldErrors.length > fieldErrors.length;
  return { message: fieldErrors.length > 0 && !unplaced ? undefined : error.message, fieldErrors };
}
