import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/**
 * A mutation that, once the API has accepted it, refetches what it made stale before it counts as
 * done: a dialog closing on success then leaves a list that already shows the new state.
 * Errors are left to the caller, which shows them where they belong (a field, the dialog).
 */
export function useInvalidatingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  staleKeys: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(staleKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
