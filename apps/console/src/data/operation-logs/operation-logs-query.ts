import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OperationLogListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { operationLogKeys } from './keys.ts';

export function operationLogsQueryOptions(vars: OperationLogListQuery) {
  return queryOptions({
    queryKey: operationLogKeys.list(vars),
    queryFn: ({ signal }) => api.listOperationLogs(vars, signal),
    // A new filter or page keeps the previous answer on screen until its own arrives.
    placeholderData: keepPreviousData,
  });
}

/** One page of the operation records, newest first, filtered on the server. */
export function useOperationLogsQuery(vars: OperationLogListQuery) {
  return useQuery(operationLogsQueryOptions(vars));
}
