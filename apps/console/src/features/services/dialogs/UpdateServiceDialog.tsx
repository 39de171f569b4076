import { App, Modal, Spin } from 'antd';
import { readServiceForm } from '@cs/compose';
import type { ServiceForm } from '@cs/compose';
import type { ServiceDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useApplicationQuery } from '../../../data/applications/application-query.ts';
import { useServiceUpdateMutation } from '../../../data/services/service-update-mutation.ts';
import { useServicesQuery } from '../../../data/services/services-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { ServiceFormDialog } from '../../templates/editor/ServiceFormDialog.tsx';

interface UpdateServiceDialogProps {
  service: ServiceDto;
  onClose: () => void;
}

/**
 * Update ("Change service configuration"): the service's settings as its application's template
 * has them, in the templates' service form; OK sends them and the service goes Updating.
 */
export function UpdateServiceDialog({ service, onClose }: UpdateServiceDialogProps) {
  const { message } = App.useApp();
  const { applicationId, applicationName } = service.spec;
  const { name } = service.metadata;
  const application = useApplicationQuery({ id: applicationId });
  const siblings = useServicesQuery({ applicationId, hideSystem: false, pageSize: 100 });
  const update = useServiceUpdateMutation();
  const template = application.data?.spec.template;
  const initial = template === undefined ? undefined : readServiceForm(template, name);

  if (!initial || siblings.isPending) {
    const problem = application.error
      ? failureMessage(application.error)
      : template !== undefined && !initial
        ? `The template of ${applicationName} has no service ${name}: update the application instead.`
        : undefined;
    return (
      <Modal open title="Edit Service" footer={null} onCancel={onClose}>
        {problem ? <FailureAlert message={problem} /> : <Spin tip="Loading the service's settings…" />}
      </Modal>
    );
  }

  const submit = (form: ServiceForm): string | undefined => {
    if (form.name !== name) return `Update cannot rename the service; keep the name ${name}.`;
    update.mutate(
      { id: service.metadata.id, body: { form, resourceVersion: service.metadata.resourceVersion } },
      {
        onSuccess: () => {
          void message.success(`Updating service ${name}.`);
          onClose();
        },
        onError: (error) => void message.error(failureMessage(error)),
      },
    );
    return undefined;
  };

  return (
    <ServiceFormDialog
      title="Edit Service"
      initial={initial}
      takenNames={(siblings.data?.items ?? []).map((s) => s.metadata.name).filter((n) => n !== name)}
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
