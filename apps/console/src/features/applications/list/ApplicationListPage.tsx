import { useMemo } from 'react';
import { Button, Card, Empty, Flex, Switch, Table } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApplicationSummary } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { NameSearchBar } from '../../../components/NameSearchBar.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useApplicationsQuery } from '../../../data/applications/applications-query.ts';
import { useClustersQuery } from '../../../data/clusters/clusters-query.ts';
import { ClusterSelect } from '../../nodes/ClusterSelect.tsx';
import { applicationCreatePath } from '../application-paths.ts';
import { ApplicationOperationDialog } from '../operations/ApplicationOperationDialog.tsx';
import { useOperationDialog } from '../operations/use-operation-dialog.ts';
import { useOperationOutcomes } from '../operations/use-operation-outcomes.ts';
import { applicationColumns } from './applicationColumns.tsx';
import { listParams } from './application-list.utils.ts';

/** The Application List of the selected cluster (`?clusterId=`, the first cluster by default), paged on the server. */
export function ApplicationListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const clusters = useClustersQuery({});
  const clusterItems = clusters.data?.items;
  const params = listParams(searchParams, clusterItems?.[0]?.metadata.id);
  const { clusterId, name, page, pageSize, showSystem } = params;
  const cluster = clusterItems?.find((c) => c.metadata.id === clusterId);

  const applications = useApplicationsQuery(
    { clusterId, name: name || undefined, hideSystem: !showSystem, page, pageSize },
    { enabled: Boolean(clusterId) },
  );
  const shown = applications.isPlaceholderData ? undefined : applications.data?.items;
  const follow = useOperationOutcomes(shown);
  const dialogs = useOperationDialog();
  const columns = useMemo(() => applicationColumns(dialogs.open), [dialogs.open]);
  const dialogApplication = applications.data?.items.find((a) => a.metadata.id === dialogs.dialog?.applicationId);

  const setParams = (changes: Record<string, string | undefined>) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  return (
    <>
      <PageHeading
        title="Application List"
        extra={
          <Flex gap={8}>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={applications.isFetching && !applications.isPending}
              onClick={() => void Promise.all([clusters.refetch(), applications.refetch()])}
            >
              Refresh
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate(applicationCreatePath({ clusterId }))}
            >
              Create Application
            </Button>
          </Flex>
        }
      />
      {(clusters.isError || applications.isError) && (
        <LoadFailureAlert
          what="The applications"
          error={clusters.error ?? applications.error}
          onRetry={() => void applications.refetch()}
        />
      )}
      <Card>
        <NameSearchBar
          id="application-name-search"
          help={
            <Flex gap={12} align="center" wrap>
              <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>Cluster:</span>
              <ClusterSelect
                clusters={clusterItems}
                loading={clusters.isPending}
                value={clusterId}
                onChange={(id) => setParams({ clusterId: id, page: undefined })}
              />
              <Switch
                id="show-system-applications"
                size="small"
                checked={showSystem}
                onChange={(checked) => setParams({ system: checked ? 'true' : undefined, page: undefined })}
              />
              <label htmlFor="show-system-applications" style={{ color: 'rgba(0, 0, 0, 0.88)' }}>
                Show System Applications
              </label>
              {clusterId && clusterItems && !cluster && (
                <span role="alert">This cluster does not exist or has been deleted.</span>
              )}
            </Flex>
          }
          placeholder="Application name"
          ariaLabel="Search by application name"
          value={name}
          resetKey={clusterId ?? ''}
          onSearch={(next) => setParams({ name: next, page: undefined })}
        />
        {clusterItems?.length === 0 ? (
          <Empty description="No clusters yet: applications are deployed to a cluster.">
            <Link to="/clusters/create">Create Cluster</Link>
          </Empty>
        ) : (
          <Table<ApplicationSummary>
            aria-label="Applications"
            rowKey={(a) => a.metadata.id}
            columns={columns}
            dataSource={clusterId ? applications.data?.items : []}
            loading={Boolean(clusterId) && applications.isPending}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1050 }}
            pagination={{
              current: page,
              pageSize,
              total: applications.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => `${total} applications`,
              onChange: (nextPage, nextSize) =>
                setParams({
                  page: nextPage > 1 ? String(nextPage) : undefined,
                  pageSize: nextSize === 20 ? undefined : String(nextSize),
                }),
            }}
            locale={{
              emptyText: name
                ? `No application name contains "${name}".`
                : 'No applications in this cluster yet. Click Create Application to create one.',
            }}
          />
        )}
      </Card>
      {dialogs.dialog && dialogApplication && (
        <ApplicationOperationDialog
          application={dialogApplication}
          operation={dialogs.dialog.operation}
          onClose={dialogs.close}
          onAccepted={follow}
        />
      )}
    </>
  );
}
