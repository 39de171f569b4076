import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionKeys } from './session/keys.ts';
import { isUnauthorized, shouldRetryQuery } from './query-client.utils.ts';

export interface QueryClientHooks {
  /** Called when the API says the session is gone; the app sends the user to sign in. */
  onUnauthorized: () => void;
}

function isSessionQuery(queryKey: readonly unknown[]): boolean {
  const [scope] = sessionKeys.current();
  return queryKey[0] === scope;
}

/** The console's query client: short staleness, no retries of client errors, one place for 401s. */
export function createQueryClient({ onUnauthorized }: QueryClientHooks): QueryClient {
  const sessionEnded = () => {
    queryClient.setQueryData(sessionKeys.current(), null);
    onUnauthorized();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) sessionEnded();
      },
      // The session query answers null instead of failing with 401 (see getSession).
      onSuccess: (data, query) => {
        if (data === null && isSessionQuery(query.queryKey)) onUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthorized(error)) sessionEnded();
      },
    }),
    defaultOptions: {
      queries: { staleTime: 10_000, retry: shouldRetryQuery, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
