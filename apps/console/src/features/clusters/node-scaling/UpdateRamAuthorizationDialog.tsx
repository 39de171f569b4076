import { App, Modal, Typography } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useRamAuthorizationMutation } from '../../../data/node-scaling/ram-authorization-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';

interface UpdateRamAuthorizationDialogProps {
  cluster: Pick<ClusterDto, 'metadata'>;
  onClose: () => void;
}

/** More > Update RAM Authorization Information: refused, with the BFF's message, while RAM is not activated. */
export function UpdateRamAuthorizationDialog({ cluster, onClose }: UpdateRamAuthorizationDialogProps) {
  const { message } = App.useApp();
  const update = useRamAuthorizationMutation();
  const ok = () =>
    update.mutate(
      { clusterId: cluster.metadata.id },
      {
        onSuccess: () => {
          void message.success(`The RAM authorization information of cluster ${cluster.metadata.name} is updated.`);
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title="Update RAM Authorization Information"
      okText="OK"
      confirmLoading={update.isPending}
      onOk={ok}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        Update the access authorization information of cluster <strong>{cluster.metadata.name}</strong>? Node auto
        scaling and its alarm rules act with it. Activate the RAM service before updating the authorization information;
        otherwise, an error message is displayed.
      </Typography.Paragraph>
      <FailureAlert message={update.isError ? failureMessage(update.error) : undefined} />
    </Modal>
  );
}
