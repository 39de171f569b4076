import type { DeleteUserTagRequest, NodeList } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from './keys.ts';

export interface DeleteUserTagVars {
  clusterId: string;
  body: DeleteUserTagRequest;
}

/** User Tags > Delete Tag: removes the tag key from each selected node. */
export function deleteUserTag({ clusterId, body }: DeleteUserTagVars): Promise<NodeList> {
  return api.deleteUserTag(clusterId, body);
}

export function useUserTagDeleteMutation() {
  return useInvalidatingMutation(deleteUserTag, [nodeKeys.all()]);
}
