import type { ReactNode } from 'react';
import { Alert, App, Flex } from 'antd';
import type { ApplicationSummary, ReleaseDto } from '@cs/contracts';
import { useApplicationOperationMutation } from '../../../data/applications/application-operation-mutation.ts';
import type { ApplicationOperation } from '../../../data/applications/application-operation-mutation.ts';
import { ConfirmDialog } from '../../workloads/ConfirmDialog.tsx';
import type { Followed } from './operation-outcome.utils.ts';

interface Wording {
  title: string;
  /** "Are you sure you want to {verb} the application …?" */
  verb: string;
  note?: ReactNode | ((release: ReleaseDto) => ReactNode);
  /** The message once the API accepted it: "{accepted} application nginx." */
  accepted: string;
  danger?: boolean;
}

const REDEPLOY_NOTE = (
  <Flex vertical gap={8}>
    <span>
      Redeploying an application will pull the image used by the application; therefore, if you updated the application
      image after you deployed the application, redeployment will use the updated image to deploy the application.
      Stopped or deleted containers are activated or created again.
    </span>
    <span>
      Note: Redeployment will not update the data volume, which means the old data volume of the host will still be
      used.
    </span>
    <span>
      To check whether the redeployment succeeds, compare the image sha256 shown in the Containers tab with the newest
      image.
    </span>
  </Flex>
);

const WORDING: Record<ApplicationOperation, Wording> = {
  stop: {
    title: 'Stop Application',
    verb: 'stop',
    note: 'All the containers of the application are stopped. Activate starts them again.',
    accepted: 'Stopping',
  },
  start: { title: 'Activate Application', verb: 'activate', accepted: 'Activating' },
  redeploy: { title: 'Redeploy Application', verb: 'redeploy', note: REDEPLOY_NOTE, accepted: 'Redeploying' },
  delete: {
    title: 'Delete Application',
    verb: 'delete',
    note: 'The services and containers of the application are deleted with it. This cannot be undone.',
    accepted: 'Deleting',
    danger: true,
  },
  'confirm-release': {
    title: 'Confirm Release Completion',
    verb: 'confirm the release of',
    note: (release) =>
      `The old version's services (${release.blue.join(', ') || 'none'}) are taken offline and deleted; the new version's (${release.green.join(', ')}) keep running. Then you can release subsequent versions.`,
    accepted: 'Confirming the release of',
  },
  'rollback-release': {
    title: 'Rollback',
    verb: 'roll back the release of',
    note: (release) =>
      `The new version's services (${release.green.join(', ')}) are deleted and the application returns to version ${release.fromVersion}.`,
    accepted: 'Rolling back the release of',
    danger: true,
  },
};

interface ApplicationOperationDialogProps {
  application: ApplicationSummary;
  operation: ApplicationOperation;
  onClose: () => void;
  /** After the API accepted it: the operation followed from the application in its new phase. */
  onAccepted: (followed: Followed) => void;
}

/** Stop, Activate, Redeploy or Delete: "In the pop-up dialog box, click OK." */
export function ApplicationOperationDialog({
  application,
  operation,
  onClose,
  onAccepted,
}: ApplicationOperationDialogProps) {
  const { message } = App.useApp();
  const mutation = useApplicationOperationMutation();
  const wording = WORDING[operation];
  const { id, name } = application.metadata;
  const { release } = application.spec;
  const note = typeof wording.note === 'function' ? release && wording.note(release) : wording.note;

  const confirm = () =>
    mutation.mutate(
      { id, operation },
      {
        onSuccess: (accepted) => {
          void message.info(`${wording.accepted} application ${name}.`);
          const { metadata } = accepted;
          onAccepted({ id: metadata.id, name: metadata.name, operation, resourceVersion: metadata.resourceVersion });
          onClose();
        },
      },
    );

  return (
    <ConfirmDialog
      title={wording.title}
      danger={wording.danger}
      pending={mutation.isPending}
      error={mutation.error}
      onOk={confirm}
      onCancel={onClose}
    >
      <Flex vertical gap={16}>
        <p style={{ margin: 0 }}>
          Are you sure you want to {wording.verb} the application <strong>{name}</strong>?
        </p>
        {note && <Alert type={wording.danger ? 'warning' : 'info'} showIcon title={note} />}
      </Flex>
    </ConfirmDialog>
  );
}
