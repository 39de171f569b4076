import { useEffect, useMemo } from 'react';
import { Breadcrumb, Button, Card, Flex, Skeleton, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useApplicationQuery } from '../../../data/applications/application-query.ts';
import { ContainersTable } from '../../containers/ContainersTable.tsx';
import { WorkloadLogs } from '../../logs/WorkloadLogs.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { APPLICATION_TABS, APPLICATION_TAB_LABELS, applicationListPath, applicationTab } from '../application-paths.ts';
import { ApplicationOperationDialog } from '../operations/ApplicationOperationDialog.tsx';
import { useOperationDialog } from '../operations/use-operation-dialog.ts';
import { readFollowed } from '../operations/operation-outcome.utils.ts';
import { useOperationOutcomes } from '../operations/use-operation-outcomes.ts';
import { ApplicationEvents } from './ApplicationEvents.tsx';
import { ApplicationInformation } from './ApplicationInformation.tsx';
import { ApplicationServices } from './ApplicationServices.tsx';
import { DetailActions } from './DetailActions.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { ApplicationNotFound } from './ApplicationNotFound.tsx';
import { ApplicationRoutesTab } from './routes/ApplicationRoutesTab.tsx';
import { ReleaseStatusTag } from '../ReleaseStatusTag.tsx';
import { JobStatusCard } from './job/JobStatusCard.tsx';
import { TimingTaskCard } from './schedule/TimingTaskCard.tsx';
import { ApplicationTriggers } from './triggers/ApplicationTriggers.tsx';

/** An application's details: its basic information and the Services, Containers, Routes, Logs and Events tabs. */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = applicationTab(searchParams.get('tab'));
  const query = useApplicationQuery({ id });
  const application = query.data;
  const shown = useMemo(() => (application ? [application] : undefined), [application]);
  const follow = useOperationOutcomes(shown);
  const { state } = useLocation();
  useEffect(() => {
    // Create and Update hand their operation over, to say here how it ended.
    const handed = readFollowed(state);
    if (handed) follow(handed);
  }, [state, follow]);
  const dialogs = useOperationDialog();

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return <ApplicationNotFound />;
  }

  const name = application?.metadata.name ?? id;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={applicationListPath(application?.spec.clusterId)}>Application List</Link> },
          { title: name },
        ]}
      />
      <PageHeading
        title={application ? `Application: ${name}` : 'Application'}
        extra={
          <Flex gap={8} align="center" wrap>
            {application && <WorkloadPhaseTag phase={application.status.phase} reason={application.status.reason} />}
            {application && <ReleaseStatusTag status={application.status.releaseStatus} />}
            {application && <DetailActions application={application} onOperation={dialogs.open} />}
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={query.isFetching && !query.isPending}
              onClick={() => void query.refetch()}
            >
              Refresh
            </Button>
          </Flex>
        }
      />
      {query.isError && <LoadFailureAlert what="The application" error={query.error} />}
      {!application ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <ApplicationInformation application={application} />
          {application.spec.category === 'batch' && <JobStatusCard applicationId={id} />}
          <TimingTaskCard applicationId={id} batch={application.spec.category === 'batch'} />
          <ApplicationTriggers applicationId={id} />
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(key) => setSearchParams(key === 'services' ? {} : { tab: key }, { replace: true })}
              items={APPLICATION_TABS.map((key) => ({ key, label: APPLICATION_TAB_LABELS[key] }))}
            />
            {tab === 'services' && <ApplicationServices applicationId={id} release={application.spec.release} />}
            {tab === 'containers' && <ContainersTable filter={{ applicationId: id }} />}
            {tab === 'routes' && <ApplicationRoutesTab applicationId={id} />}
            {tab === 'logs' && <WorkloadLogs kind="applications" id={id} name={name} />}
            {tab === 'events' && <ApplicationEvents applicationId={id} />}
            {tab === 'versions' && <VersionHistory application={application} onAccepted={follow} />}
          </Card>
        </Flex>
      )}
      {dialogs.dialog && application && (
        <ApplicationOperationDialog
          application={application}
          operation={dialogs.dialog.operation}
          onClose={dialogs.close}
          onAccepted={(followed) => {
            if (followed.operation === 'delete') void navigate(applicationListPath(application.spec.clusterId));
            else follow(followed);
          }}
        />
      )}
    </>
  );
}
