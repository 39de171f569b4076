import { useState } from 'react';
import { App, Checkbox, Flex, Modal } from 'antd';
import type { NodeDto } from '@cs/contracts';
import { ContainerMigrationNote } from '../../components/ContainerMigrationNote.tsx';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useNodeRemoveMutation } from '../../data/nodes/node-remove-mutation.ts';
import { failureMessage } from '../../forms/api-failure.ts';

interface RemoveNodeDialogProps {
  node: NodeDto;
  onClose: () => void;
}

/** More > Remove: confirm, optionally migrating the node's containers to other nodes first. */
export function RemoveNodeDialog({ node, onClose }: RemoveNodeDialogProps) {
  const { message } = App.useApp();
  const [migrateContainers, setMigrateContainers] = useState(false);
  const removal = useNodeRemoveMutation();

  const confirm = () =>
    removal.mutate(
      { clusterId: node.spec.clusterId, nodeId: node.metadata.id, migrateContainers },
      {
        onSuccess: () => {
          void message.success(`Removing node ${node.status.privateIp}.`);
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title="Remove Node"
      okText="Confirm"
      okButtonProps={{ danger: true }}
      confirmLoading={removal.isPending}
      onOk={confirm}
      onCancel={onClose}
    >
      <Flex vertical gap={16}>
        <p style={{ margin: 0 }}>
          Are you sure you want to remove the node <strong>{node.status.privateIp}</strong> ({node.spec.instanceId})
          from the cluster? The machine information of the removed node is no longer displayed in the node list.
        </p>
        <Checkbox checked={migrateContainers} onChange={(e) => setMigrateContainers(e.target.checked)}>
          Migrate Containers
        </Checkbox>
        <ContainerMigrationNote />
        <FailureAlert message={removal.error ? failureMessage(removal.error) : undefined} />
      </Flex>
    </Modal>
  );
}
