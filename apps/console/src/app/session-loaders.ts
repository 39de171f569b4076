import { redirect } from 'react-router';
import type { LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../data/session/session-query.ts';
import { safeNextPath, signInPath } from '../features/auth/auth.utils.ts';

/**
 * Guards the console's pages: without a session, go to sign in and come back afterwards.
 * Route loaders rather than a component, so that signing out (which clears the session and then
 * navigates) never races a component redirecting on its own.
 */
export function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (!session) throw redirect(signInPath(new URL(request.url)));
    return null;
  };
}

/** The sign-in page is for signed-out users only: a signed-in one goes straight to `next`. */
export function redirectSignedIn(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData({ ...sessionQueryOptions(), revalidateIfStale: true });
    if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };
}
