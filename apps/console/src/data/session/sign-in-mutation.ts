import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, SignInRequest } from '@cs/contracts';
import { sessionKeys } from './keys.ts';
import { createSession } from './session-requests.ts';

export function signIn(body: SignInRequest): Promise<Session> {
  return createSession(body);
}

interface SignInMutationOptions {
  onSuccess?: (session: Session) => void;
}

/** Signs in; a new session starts from an empty cache so nothing of a previous user is shown. */
export function useSignInMutation({ onSuccess }: SignInMutationOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.current(), session);
      onSuccess?.(session);
    },
  });
}
