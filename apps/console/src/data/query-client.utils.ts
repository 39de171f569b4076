import { ApiError } from '@cs/contracts';

/** Most attempts a failing query gets in all (the first try plus retries). */
export const MAX_QUERY_ATTEMPTS = 3;

/** True when the API said the session is missing or expired. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * Whether a failed query is worth another try: network failures and 5xx are, client errors (4xx,
 * including 401 and 429) and responses that broke the contract are not — retrying cannot fix them.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_ATTEMPTS - 1) return false;
  if (error instanceof ApiError) return error.status >= 500;
  return error instanceof TypeError; // fetch() rejects with a TypeError when the network fails
}
