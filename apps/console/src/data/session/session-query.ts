import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import { ApiError } from '@cs/contracts';
import type { Session } from '@cs/contracts';
import { sessionKeys } from './keys.ts';
import { fetchSession } from './session-requests.ts';

/** Who is signed in, or null when nobody is (the API answers 401). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await fetchSession(signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => getSession(signal),
  });
}

type SessionQueryOptions = Omit<
  UseQueryOptions<Session | null, Error, Session | null, ReturnType<typeof sessionKeys.current>>,
  'queryKey' | 'queryFn'
>;

export function useSessionQuery(options: SessionQueryOptions = {}) {
  return useQuery({ ...sessionQueryOptions(), ...options });
}
