import type { ClusterDto } from '@cs/contracts';
import type { ClusterOperation } from '../clusters.utils.ts';
import type { ClusterDialogState } from './use-cluster-dialog.ts';
import { AddExistingInstancesDialog } from './attach/AddExistingInstancesDialog.tsx';
import { ClearDiskDialog } from './ClearDiskDialog.tsx';
import { DeleteClusterDialog } from './DeleteClusterDialog.tsx';
import { ExpandClusterDialog } from './ExpandClusterDialog.tsx';
import { UpgradeAgentDialog } from './UpgradeAgentDialog.tsx';
import { UpgradeDockerDialog } from './UpgradeDockerDialog.tsx';
import { UpgradeSystemServicesDialog } from './UpgradeSystemServicesDialog.tsx';

interface ClusterDialogsProps {
  dialog: ClusterDialogState | undefined;
  /** The dialog's cluster as last fetched (kept live by the watch); the dialog closes if it is gone. */
  cluster: ClusterDto | undefined;
  onClose: () => void;
  /** Opens another operation's dialog on the same cluster (Upgrade Docker suggests Upgrade Agent). */
  onOpen: (operation: ClusterOperation, clusterId: string) => void;
  /** After Delete was accepted (the details page goes back to the list). */
  onDeleted?: () => void;
}

/** The dialog of the operation chosen in a cluster's Action column or on its Basic Information. */
export function ClusterDialogs({ dialog, cluster, onClose, onOpen, onDeleted }: ClusterDialogsProps) {
  if (!dialog || !cluster) return null;
  const props = { cluster, onClose };
  switch (dialog.operation) {
    case 'delete':
      return <DeleteClusterDialog {...props} onDeleted={onDeleted} />;
    case 'expand':
      return <ExpandClusterDialog {...props} />;
    case 'attach':
      return <AddExistingInstancesDialog {...props} />;
    case 'upgrade-agent':
      return <UpgradeAgentDialog {...props} />;
    case 'upgrade-docker':
      return <UpgradeDockerDialog {...props} onOpen={(operation) => onOpen(operation, cluster.metadata.id)} />;
    case 'upgrade-system-services':
      return <UpgradeSystemServicesDialog {...props} />;
    case 'clear-disk':
      return <ClearDiskDialog {...props} />;
  }
}
