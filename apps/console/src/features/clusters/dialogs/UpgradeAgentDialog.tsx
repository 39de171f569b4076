import { useState } from 'react';
import { App, Checkbox, Flex, Modal } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { useClusterUpgradeAgentMutation } from '../../../data/clusters/cluster-upgrade-agent-mutation.ts';
import { ContainerMigrationNote } from '../../../components/ContainerMigrationNote.tsx';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { failureMessage } from '../../../forms/api-failure.ts';

interface UpgradeAgentDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** More > Upgrade Agent: the Agent on every node, optionally migrating containers off each node first. */
export function UpgradeAgentDialog({ cluster, onClose }: UpgradeAgentDialogProps) {
  const { message } = App.useApp();
  const [migrateContainers, setMigrateContainers] = useState(false);
  const upgrade = useClusterUpgradeAgentMutation();
  const { id, name } = cluster.metadata;

  const confirm = () =>
    upgrade.mutate(
      { id, migrateContainers },
      {
        onSuccess: () => {
          void message.success(`Upgrading the Agent of cluster ${name}.`);
          onClose();
        },
      },
    );

  return (
    <Modal open title="Upgrade Agent" okText="OK" confirmLoading={upgrade.isPending} onOk={confirm} onCancel={onClose}>
      <Flex vertical gap={16}>
        <p style={{ margin: 0 }}>
          The Agent of the Container Service is installed on each server in the cluster. It receives commands issued by
          the Container Service control system. New functions are regularly added to the Container Service; upgrade the
          Agent of the cluster <strong>{name}</strong> to get the latest functions.
        </p>
        <div>
          Current Agent version: <strong>{cluster.status.agentVersion || 'unknown'}</strong>
        </div>
        <Checkbox checked={migrateContainers} onChange={(e) => setMigrateContainers(e.target.checked)}>
          Migrate Containers
        </Checkbox>
        {migrateContainers && <ContainerMigrationNote />}
        <FailureAlert message={upgrade.error ? failureMessage(upgrade.error) : undefined} />
      </Flex>
    </Modal>
  );
}
