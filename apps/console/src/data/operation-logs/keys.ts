import type { OperationLogListQuery } from '@cs/contracts';

/** Query keys of the Operation Logs page; the watch stream's `operation` changes invalidate `all()`. */
export const operationLogKeys = {
  all: () => ['operation-logs'] as const,
  list: (query: OperationLogListQuery) => ['operation-logs', 'list', query] as const,
};
