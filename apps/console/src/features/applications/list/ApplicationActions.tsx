import { Flex } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { ApplicationSummary } from '@cs/contracts';
import type { ApplicationOperation } from '../../../data/applications/application-operation-mutation.ts';
import { ActionLink } from '../../workloads/ActionLink.tsx';
import { ActionSeparator } from '../../workloads/ActionSeparator.tsx';
import { applicationDetailPath, applicationUpdatePath } from '../application-paths.ts';
import { ACTION_LABELS, applicationActionProblem, stopOrActivate } from '../applications.utils.ts';

interface ApplicationActionsProps {
  application: ApplicationSummary;
  onOperation: (operation: ApplicationOperation, applicationId: string) => void;
}

/** The Action column: Stop (or Activate), Update, Delete, Redeploy and Events; during a blue-green release, Confirm Release Completion and Rollback first. */
export function ApplicationActions({ application, onOperation }: ApplicationActionsProps) {
  const navigate = useNavigate();
  const { id, name } = application.metadata;
  const toggle = stopOrActivate(application);
  const link = (operation: ApplicationOperation) => (
    <ActionLink
      label={ACTION_LABELS[operation]}
      danger={operation === 'delete'}
      problem={applicationActionProblem(application, operation)}
      onClick={() => onOperation(operation, id)}
    />
  );

  return (
    <Flex gap={6} align="center" wrap role="group" aria-label={`Actions of ${name}`}>
      {application.spec.release && (
        <>
          {link('confirm-release')}
          <ActionSeparator />
          {link('rollback-release')}
          <ActionSeparator />
        </>
      )}
      {link(toggle)}
      <ActionSeparator />
      <ActionLink
        label={ACTION_LABELS.update}
        problem={applicationActionProblem(application, 'update')}
        onClick={() => void navigate(applicationUpdatePath(id))}
      />
      <ActionSeparator />
      {link('delete')}
      <ActionSeparator />
      {link('redeploy')}
      <ActionSeparator />
      <Link to={applicationDetailPath(id, 'events')}>Events</Link>
    </Flex>
  );
}
