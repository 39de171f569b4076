import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@cs/contracts';
import { sessionKeys } from './keys.ts';
import { deleteSession } from './session-requests.ts';

/** Ends the session; one that has already ended (401) counts as signed out. */
export async function signOut(): Promise<void> {
  try {
    await deleteSession();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}

interface SignOutMutationOptions {
  onSuccess?: () => void;
  onError?: (error: Error) => void;
}

/** Signs out and forgets every cached answer. */
export function useSignOutMutation({ onSuccess, onError }: SignOutMutationOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.current(), null);
      onSuccess?.();
    },
    onError,
  });
}
