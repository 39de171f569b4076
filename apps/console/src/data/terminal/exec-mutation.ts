import { useMutation } from '@tanstack/react-query';
import type { ExecResponse } from '@cs/contracts';
import { api } from '../api.ts';

export interface ExecVars {
  containerId: string;
  command: string;
}

/** Execute: one command in the container; nothing cached goes stale by it. */
export function execInContainer({ containerId, command }: ExecVars): Promise<ExecResponse> {
  return api.execInContainer(containerId, { command });
}

export function useExecMutation() {
  return useMutation<ExecResponse, Error, ExecVars>({ mutationFn: execInContainer });
}
