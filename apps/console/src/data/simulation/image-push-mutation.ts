import type { ImagePushRequest, RegistryImageDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { simulationKeys } from './keys.ts';

/** Pushes a new digest for an image tag: containers pulled from now on (Redeploy) get the new sha256. */
export function pushImage(body: ImagePushRequest): Promise<RegistryImageDto> {
  return api.pushImage(body);
}

export function useImagePushMutation() {
  return useInvalidatingMutation(pushImage, [simulationKeys.images()]);
}
