import { useCallback, useState } from 'react';
import type { ClusterOperation } from '../clusters.utils.ts';

/** Which operation's dialog is open, and for which cluster. */
export interface ClusterDialogState {
  operation: ClusterOperation;
  clusterId: string;
}

/** Opens and closes the operation dialogs of a page (the Cluster List, a cluster's details). */
export function useClusterDialog() {
  const [dialog, setDialog] = useState<ClusterDialogState | undefined>();
  const open = useCallback((operation: ClusterOperation, clusterId: string) => setDialog({ operation, clusterId }), []);
  const close = useCallback(() => setDialog(undefined), []);
  return { dialog, open, close };
}
