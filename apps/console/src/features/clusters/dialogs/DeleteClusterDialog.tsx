import { useState } from 'react';
import { Alert, App, Checkbox, Flex, Modal } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { useClusterDeleteMutation } from '../../../data/clusters/cluster-delete-mutation.ts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { failureMessage } from '../../../forms/api-failure.ts';

interface DeleteClusterDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Delete: the guide's warning, and whether to keep the Server Load Balancer instance. */
export function DeleteClusterDialog({ cluster, onClose, onDeleted }: DeleteClusterDialogProps) {
  const { message } = App.useApp();
  const [keepSlb, setKeepSlb] = useState(false);
  const deletion = useClusterDeleteMutation();
  const { name, id } = cluster.metadata;
  const slbId = cluster.status.resources.slbId;

  const confirm = () =>
    deletion.mutate(
      { id, keepSlb },
      {
        onSuccess: () => {
          void message.success(`Deleting cluster ${name}.`);
          onClose();
          onDeleted?.();
        },
      },
    );

  return (
    <Modal
      open
      title="Delete Cluster"
      okText="OK"
      okButtonProps={{ danger: true }}
      confirmLoading={deletion.isPending}
      onOk={confirm}
      onCancel={onClose}
    >
      <Flex vertical gap={16}>
        <p style={{ margin: 0 }}>
          Are you sure you want to delete the cluster <strong>{name}</strong>?
        </p>
        <Alert
          type="warning"
          showIcon
          title="When you delete a cluster, the associated cloud resources such as ECS instances and Server Load Balancer instances as well as all the applications and services running on the instances will also be deleted. Use this operation with due care."
        />
        <div>
          <Checkbox checked={keepSlb} disabled={!slbId} onChange={(e) => setKeepSlb(e.target.checked)}>
            Keep the Server Load Balancer instance
          </Checkbox>
          <div style={{ color: 'rgba(0, 0, 0, 0.45)', marginTop: 4, marginInlineStart: 24 }}>
            {slbId
              ? `${slbId} stays in your account and keeps being charged as a Pay-As-You-Go instance.`
              : 'This cluster has no Server Load Balancer instance.'}
          </div>
        </div>
        <FailureAlert message={deletion.error ? failureMessage(deletion.error) : undefined} />
      </Flex>
    </Modal>
  );
}
