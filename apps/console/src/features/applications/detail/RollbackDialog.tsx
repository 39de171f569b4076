import { App } from 'antd';
import type { ApplicationDto } from '@cs/contracts';
import { useApplicationRollbackMutation } from '../../../data/applications/application-rollback-mutation.ts';
import { ConfirmDialog } from '../../workloads/ConfirmDialog.tsx';
import type { Followed } from '../operations/operation-outcome.utils.ts';

interface RollbackDialogProps {
  application: ApplicationDto;
  version: string;
  onClose: () => void;
  onAccepted: (followed: Followed) => void;
}

/** Rollback: the chosen version's template and parameters replace the current ones. */
export function RollbackDialog({ application, version, onClose, onAccepted }: RollbackDialogProps) {
  const { message } = App.useApp();
  const rollback = useApplicationRollbackMutation();
  const { id, name, resourceVersion } = application.metadata;

  const confirm = () =>
    rollback.mutate(
      { id, body: { version, resourceVersion } },
      {
        onSuccess: (accepted) => {
          void message.info(`Rolling application ${name} back to version ${version}.`);
          onAccepted({ id, name, operation: 'rollback', resourceVersion: accepted.metadata.resourceVersion });
          onClose();
        },
      },
    );

  return (
    <ConfirmDialog
      title="Rollback"
      pending={rollback.isPending}
      error={rollback.error}
      onOk={confirm}
      onCancel={onClose}
    >
      <p style={{ marginTop: 0 }}>
        Are you sure you want to roll the application <strong>{name}</strong> back to version <strong>{version}</strong>
        ?
      </p>
      <p style={{ marginBottom: 0 }}>
        The template and parameter values of version {version} replace the current ones, and the containers are updated
        on the machines they run on.
      </p>
    </ConfirmDialog>
  );
}
