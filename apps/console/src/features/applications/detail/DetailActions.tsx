import { Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import type { ApplicationDto } from '@cs/contracts';
import type { ApplicationOperation } from '../../../data/applications/application-operation-mutation.ts';
import { applicationUpdatePath } from '../application-paths.ts';
import { ACTION_LABELS, applicationActionProblem, stopOrActivate } from '../applications.utils.ts';

interface DetailActionsProps {
  application: ApplicationDto;
  onOperation: (operation: ApplicationOperation, applicationId: string) => void;
}

/** The details page's buttons: Stop (or Activate), Update, Redeploy and Delete, and a release's Confirm Release Completion and Rollback. */
export function DetailActions({ application, onOperation }: DetailActionsProps) {
  const navigate = useNavigate();
  const { id } = application.metadata;
  const button = (operation: ApplicationOperation | 'update') => {
    const problem = applicationActionProblem(application, operation);
    return (
      <Tooltip key={operation} title={problem}>
        <Button
          danger={operation === 'delete'}
          type={operation === (application.spec.release ? 'confirm-release' : 'update') ? 'primary' : 'default'}
          disabled={problem !== undefined}
          onClick={() =>
            operation === 'update' ? void navigate(applicationUpdatePath(id)) : onOperation(operation, id)
          }
        >
          {ACTION_LABELS[operation]}
        </Button>
      </Tooltip>
    );
  };
  const release = application.spec.release ? [button('confirm-release'), button('rollback-release')] : [];
  return (
    <>{[...release, button(stopOrActivate(application)), button('update'), button('redeploy'), button('delete')]}</>
  );
}
