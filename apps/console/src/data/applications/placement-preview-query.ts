import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PlacementPreview, PlacementPreviewRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

/**
 * Where the scheduler would put a template's containers on a cluster right now, or why it cannot.
 * Under the applications' keys, so it follows the containers as they come and go.
 */
export function previewPlacement(request: PlacementPreviewRequest, signal?: AbortSignal): Promise<PlacementPreview> {
  return api.previewPlacement(request, signal);
}

export function placementPreviewQueryOptions(request: PlacementPreviewRequest) {
  return queryOptions({
    queryKey: applicationKeys.preview(request),
    queryFn: ({ signal }) => previewPlacement(request, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The preview of `request`; nothing is asked while it is undefined (no cluster or no template yet). */
export function usePlacementPreviewQuery(request: PlacementPreviewRequest | undefined) {
  return useQuery({
    ...placementPreviewQueryOptions(request ?? { clusterId: '', template: '' }),
    enabled: request !== undefined,
  });
}
