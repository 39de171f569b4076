import type { AddUserTagRequest, NodeList } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from './keys.ts';

export interface AddUserTagVars {
  clusterId: string;
  body: AddUserTagRequest;
}

/** User Tags > Add Tag: sets `key:value` on each selected node. */
export function addUserTag({ clusterId, body }: AddUserTagVars): Promise<NodeList> {
  return api.addUserTag(clusterId, body);
}

export function useUserTagAddMutation() {
  return useInvalidatingMutation(addUserTag, [nodeKeys.all()]);
}
