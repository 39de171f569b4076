import { App, Flex, Modal } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { useClusterClearDiskMutation } from '../../../data/clusters/cluster-clear-disk-mutation.ts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { failureMessage } from '../../../forms/api-failure.ts';

interface ClearDiskDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** Clear Disk: what is cleaned up on each node; the outcome is written to the cluster's Events. */
export function ClearDiskDialog({ cluster, onClose }: ClearDiskDialogProps) {
  const { message } = App.useApp();
  const clear = useClusterClearDiskMutation();
  const { id, name } = cluster.metadata;

  const confirm = () =>
    clear.mutate(
      { id },
      {
        onSuccess: () => {
          // Plain text: messages render outside the router, so they cannot hold a Link.
          void message.success(`Clearing the disks of cluster ${name}. The result appears in Manage > Events.`);
          onClose();
        },
      },
    );

  return (
    <Modal open title="Clear Disk" okText="OK" confirmLoading={clear.isPending} onOk={confirm} onCancel={onClose}>
      <Flex vertical gap={12}>
        <p style={{ margin: 0 }}>
          Disk cleanup cleans up dirty data on each server in the cluster <strong>{name}</strong>. Dirty data is limited
          to:
        </p>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>Docker images downloaded to a local position but not used</li>
          <li>
            Volume directories once attached to a container but not cleaned up after the destruction of the container
          </li>
        </ul>
        <p style={{ margin: 0 }}>When the cleanup has finished, its result appears in the cluster&apos;s Events.</p>
        <FailureAlert message={clear.error ? failureMessage(clear.error) : undefined} />
      </Flex>
    </Modal>
  );
}
