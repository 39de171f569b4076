import { App } from 'antd';
import type { ContainerDto } from '@cs/contracts';
import { useContainerActionMutation } from '../../data/containers/container-lifecycle-mutation.ts';
import { ConfirmDialog } from '../workloads/ConfirmDialog.tsx';

interface DeleteContainerDialogProps {
  container: ContainerDto;
  onClose: () => void;
}

/** Delete in a container table, confirmed with OK. */
export function DeleteContainerDialog({ container, onClose }: DeleteContainerDialogProps) {
  const { message } = App.useApp();
  const deletion = useContainerActionMutation();
  const { name } = container.metadata;
  const confirm = () =>
    deletion.mutate(
      { id: container.metadata.id, action: 'delete' },
      {
        onSuccess: () => {
          void message.success(`Deleting container ${name}.`);
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title="Delete Container"
      danger
      pending={deletion.isPending}
      error={deletion.error}
      onOk={confirm}
      onCancel={onClose}
    >
      <p>
        Are you sure you want to delete the container <strong>{name}</strong>? The data in its local volumes is lost
        with it.
      </p>
    </ConfirmDialog>
  );
}
