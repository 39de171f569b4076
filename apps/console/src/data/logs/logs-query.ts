import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LogQuery, LogSubjectKind, LogsDto } from '@cs/contracts';
import { api } from '../api.ts';
import { logKeys } from './keys.ts';

export interface LogsVars {
  kind: LogSubjectKind;
  id: string;
  query: LogQuery;
}

/** The newest lines of a container, service or application (each container's last `tail`). */
export function getLogs({ kind, id, query }: LogsVars, signal?: AbortSignal): Promise<LogsDto> {
  return api.getLogs(kind, id, query, signal);
}

export function useLogsQuery({ kind, id, query }: LogsVars, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<LogsDto>({
    queryKey: logKeys.view(kind, id, query),
    queryFn: ({ signal }) => getLogs({ kind, id, query }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
