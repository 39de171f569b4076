import { API_PREFIX, ApiError } from '@cs/contracts';
import type { ApiFieldError, Session, SignInRequest } from '@cs/contracts';

/*
 * The session's requests (who is signed in, sign in, sign out) without the console's API client.
 * The client parses every answer with its contract's zod schema and brings all of them along:
 * zod and the schemas, about 32 kB gzip, would be in the first route (the session check), and the
 * whole client in the sign-in page. The answers here are checked by hand instead, and the tests
 * hold these functions to the API client and the contract's schemas (ADR 006).
 */

const SESSION_URL = `${API_PREFIX}/session`;

/** Every role of the contract: a new one fails to compile here until `isSession` knows it. */
const ROLES: Record<Session['role'], true> = { primary: true, subaccount: true };

/** Whether an answer has the contract's session shape (`SessionSchema`). */
export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { username, role, expiresAt } = value as Record<string, unknown>;
  return (
    typeof username === 'string' &&
    typeof role === 'string' &&
    Object.hasOwn(ROLES, role) &&
    typeof expiresAt === 'string'
  );
}

function isFieldError(value: unknown): value is ApiFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

/** The ApiError of a failed answer: its problem details, or its status when it has none. */
async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const p = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const fieldErrors = p['fieldErrors'];
  const isProblem =
    typeof p['type'] === 'string' &&
    typeof p['title'] === 'string' &&
    Number.isSafeInteger(p['status']) &&
    typeof p['detail'] === 'string' &&
    typeof p['requestId'] === 'string' &&
    (fieldErrors === undefined || (Array.isArray(fieldErrors) && fieldErrors.every(isFieldError)));
  if (isProblem) {
    return new ApiError(
      p['status'] as number,
      p['type'] as string,
      p['detail'] as string,
      fieldErrors as ApiFieldError[] | undefined,
      p['requestId'] as string,
    );
  }
  return new ApiError(response.status, 'about:blank', response.statusText || `HTTP ${response.status}`);
}

async function sessionRequest(method: 'GET' | 'POST' | 'DELETE', body?: unknown, signal?: AbortSignal) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(SESSION_URL, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function readSession(response: Response): Promise<Session> {
  const body: unknown = await response.json();
  if (!isSession(body)) throw new TypeError('The session answer does not have the shape of the contract.');
  return body;
}

/** `GET /session`: who is signed in; a 401 (nobody) rejects with its ApiError. */
export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  return readSession(await sessionRequest('GET', undefined, signal));
}

/** `POST /session`: signs in and answers the new session. */
export async function createSession(body: SignInRequest): Promise<Session> {
  return readSession(await sessionRequest('POST', body));
}

/** `DELETE /session`: ends the session. */
export async function deleteSession(): Promise<void> {
  await sessionRequest('DELETE');
}
