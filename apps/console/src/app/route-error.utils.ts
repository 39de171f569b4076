import { ApiError } from '@cs/contracts';

interface RouteErrorResponseLike {
  status: number;
  statusText: string;
  data: unknown;
}

function isRouteErrorResponseLike(error: unknown): error is RouteErrorResponseLike {
  return (
    typeof error === 'object' && error !== null && 'status' in error && 'statusText' in error && 'internal' in error
  );
}

/** A sentence for whatever a route threw: an API problem, a response, an Error or anything else. */
export function describeRouteError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (isRouteErrorResponseLike(error)) {
    const detail = typeof error.data === 'string' && error.data ? `: ${error.data}` : '';
    return `${error.status} ${error.statusText}${detail}`.trim();
  }
  if (error instanceof TypeError && /fetch|network|dynamically imported module|module script/i.test(error.message)) {
    return `Cannot reach the Container Service (${error.message}). Check your network connection and reload.`;
  }
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string' && error) return error;
  return 'An unexpected error occurred.';
}
