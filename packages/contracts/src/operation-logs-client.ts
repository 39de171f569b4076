import type { Requester } from './client.ts';
import { OperationLogListSchema } from './operation-logs.ts';
import type { OperationLogListQuery } from './operation-logs.ts';

/** The client's methods for the Operation Logs page. */
export function operationLogMethods(request: Requester) {
  return {
    listOperationLogs: (query: OperationLogListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/operation-logs', { query: { ...query }, schema: OperationLogListSchema, signal }),
  };
}
