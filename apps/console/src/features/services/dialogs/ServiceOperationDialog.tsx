import { App } from 'antd';
import type { ServiceDto } from '@cs/contracts';
import { useServiceDeleteMutation } from '../../../data/services/service-delete-mutation.ts';
import { useServiceLifecycleMutation } from '../../../data/services/service-lifecycle-mutation.ts';
import { ConfirmDialog } from '../../workloads/ConfirmDialog.tsx';

/** The operations confirmed with a plain OK. */
export type ConfirmedServiceOperation = 'stop' | 'start' | 'restart' | 'delete';

const WORDING: Record<ConfirmedServiceOperation, { title: string; verb: string; effect: string; done: string }> = {
  stop: { title: 'Stop Service', verb: 'stop', effect: 'Its containers are stopped.', done: 'Stopping' },
  start: { title: 'Activate Service', verb: 'activate', effect: 'Its containers are started.', done: 'Activating' },
  restart: { title: 'Restart Service', verb: 'restart', effect: 'Its containers are restarted.', done: 'Restarting' },
  delete: {
    title: 'Delete Service',
    verb: 'delete',
    effect: 'Its containers are deleted with it, and the data in their local volumes is lost.',
    done: 'Deleting',
  },
};

interface ServiceOperationDialogProps {
  service: ServiceDto;
  operation: ConfirmedServiceOperation;
  onClose: () => void;
  /** After Delete was accepted (a details page leaves for the list). */
  onDeleted?: () => void;
}

/** Stop, Activate, Restart and Delete: "In the pop-up dialog box, click OK." */
export function ServiceOperationDialog({ service, operation, onClose, onDeleted }: ServiceOperationDialogProps) {
  const { message } = App.useApp();
  const lifecycle = useServiceLifecycleMutation();
  const deletion = useServiceDeleteMutation();
  const request = operation === 'delete' ? deletion : lifecycle;
  const wording = WORDING[operation];
  const { id, name } = service.metadata;

  const done = () => {
    void message.success(`${wording.done} service ${name}.`);
    onClose();
    if (operation === 'delete') onDeleted?.();
  };
  const confirm = () => {
    if (operation === 'delete') deletion.mutate(id, { onSuccess: done });
    else lifecycle.mutate({ id, action: operation }, { onSuccess: done });
  };

  return (
    <ConfirmDialog
      title={wording.title}
      danger={operation === 'delete'}
      pending={request.isPending}
      error={request.error}
      onOk={confirm}
      onCancel={onClose}
    >
      <p>
        Are you sure you want to {wording.verb} the service <strong>{name}</strong> of the application{' '}
        <strong>{service.spec.applicationName}</strong>? {wording.effect}
      </p>
    </ConfirmDialog>
  );
}
