import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Flex, Input, Table, Tooltip } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import type { ClusterDto } from '@cs/contracts';
import { quotaMessage } from '@cs/domain';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useClusterQuery } from '../../../data/clusters/cluster-query.ts';
import { useClustersQuery } from '../../../data/clusters/clusters-query.ts';
import { useQuotas } from '../../../data/quotas/quotas-query.ts';
import { ClusterDialogs } from '../dialogs/ClusterDialogs.tsx';
import { useClusterDialog } from '../dialogs/use-cluster-dialog.ts';
import { clusterColumns } from './clusterColumns.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

/** Typing waits this long before the search goes to the server (and into the URL). */
const SEARCH_DELAY_MS = 300;

/** The Cluster List: every cluster of the account with its status, searchable by name. */
export function ClusterListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const name = searchParams.get('name') ?? '';
  const [text, setText] = useState(name);
  const [textFor, setTextFor] = useState(name);
  if (textFor !== name) {
    // The URL changed by itself (back, a link): show its search.
    setTextFor(name);
    setText(name);
  }
  useEffect(() => {
    if (text.trim() === name) return undefined;
    const timer = setTimeout(() => {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          if (text.trim()) next.set('name', text.trim());
          else next.delete('name');
          return next;
        },
        { replace: true },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, name, setSearchParams]);

  const clusters = useClustersQuery({ name: name || undefined });
  const dialogs = useClusterDialog();
  const columns = useMemo(() => clusterColumns(dialogs.open), [dialogs.open]);
  const items = clusters.data?.items;
  // The dialog's cluster by id, not from the page shown: new clusters can push it off this page.
  const dialogQuery = useClusterQuery(
    { id: dialogs.dialog?.clusterId ?? '' },
    { enabled: dialogs.dialog !== undefined, retry: false },
  );
  const dialogCluster = dialogQuery.isError
    ? undefined
    : (dialogQuery.data ?? items?.find((c: ClusterDto) => c.metadata.id === dialogs.dialog?.clusterId));
  const quotas = useQuotas();
  const quotaReached = !name && (clusters.data?.total ?? 0) >= quotas.clusters;

  return (
    <>
      <PageHeading
        title="Cluster List"
        extra={
          <Flex gap={8}>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={clusters.isFetching && !clusters.isPending}
              onClick={() => void clusters.refetch()}
            >
              Refresh
            </Button>
            <Tooltip
              title={
                quotaReached
                  ? `You already have ${quotas.clusters} clusters, the most an account can create.`
                  : undefined
              }
            >
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                disabled={quotaReached}
                onClick={() => void navigate('/clusters/create')}
              >
                Create Cluster
              </Button>
            </Tooltip>
          </Flex>
        }
      />
      <p style={{ marginTop: -12, marginBottom: 16, color: 'rgba(0, 0, 0, 0.65)' }}>{quotaMessage(quotas)}</p>
      {clusters.isError && (
        <LoadFailureAlert what="The clusters" error={clusters.error} onRetry={() => void clusters.refetch()} />
      )}
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <label htmlFor="cluster-name-search">Name:</label>
          <Input.Search
            id="cluster-name-search"
            placeholder="Name"
            aria-label="Search by cluster name"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => setText(value)}
            style={{ width: 280 }}
          />
        </Flex>
        <Table<ClusterDto>
          aria-label="Clusters"
          rowKey={(c) => c.metadata.id}
          columns={columns}
          dataSource={items}
          loading={clusters.isPending}
          pagination={false}
          size="middle"
          tableLayout="fixed"
          scroll={{ x: 1085 }}
          locale={{
            emptyText: name
              ? `No cluster name contains "${name}".`
              : 'No clusters yet. Click Create Cluster to create one.',
          }}
        />
      </Card>
      <ClusterDialogs dialog={dialogs.dialog} cluster={dialogCluster} onClose={dialogs.close} onOpen={dialogs.open} />
    </>
  );
}
