import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Table } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { NodeDto } from '@cs/contracts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useClustersQuery } from '../../data/clusters/clusters-query.ts';
import { useNodesQuery } from '../../data/nodes/nodes-query.ts';
import { ClusterStatusTag } from '../clusters/ClusterStatusTag.tsx';
import { ClusterSelect } from './ClusterSelect.tsx';
import { nodeColumns } from './nodeColumns.tsx';
import { clusterNodesProblem } from './nodes.utils.ts';
import type { NodeOperation } from './nodes.utils.ts';
import { RemoveNodeDialog } from './RemoveNodeDialog.tsx';
import { ResetNodeDialog } from './ResetNodeDialog.tsx';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';

/** The Node List of the selected cluster (`?clusterId=`, the first cluster by default). */
export function NodeListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const clusters = useClustersQuery({});
  const items = clusters.data?.items;
  const clusterId = searchParams.get('clusterId') ?? undefined;
  const cluster = items?.find((c) => c.metadata.id === clusterId);
  const firstId = items?.[0]?.metadata.id;

  useEffect(() => {
    // No cluster chosen yet: the first one, written into the URL so the view can be linked.
    if (!clusterId && firstId) setSearchParams({ clusterId: firstId }, { replace: true });
  }, [clusterId, firstId, setSearchParams]);

  const nodes = useNodesQuery({ clusterId: clusterId ?? '' }, { enabled: Boolean(clusterId) });
  const [dialog, setDialog] = useState<{ operation: NodeOperation; nodeId: string } | undefined>();
  const clusterProblem = clusterNodesProblem(cluster);
  const columns = useMemo(
    () => nodeColumns(clusterProblem, (operation, node) => setDialog({ operation, nodeId: node.metadata.id })),
    [clusterProblem, setDialog],
  );
  const dialogNode = nodes.data?.items.find((n: NodeDto) => n.metadata.id === dialog?.nodeId);

  return (
    <>
      <PageHeading
        title="Node List"
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={nodes.isFetching && !nodes.isPending}
            onClick={() => void Promise.all([clusters.refetch(), nodes.refetch()])}
          >
            Refresh
          </Button>
        }
      />
      {(clusters.isError || nodes.isError) && (
        <LoadFailureAlert what="The nodes" error={clusters.error ?? nodes.error} />
      )}
      <Card>
        <Flex gap={12} align="center" style={{ marginBottom: 16 }} wrap>
          <span>Cluster:</span>
          <ClusterSelect
            clusters={items}
            loading={clusters.isPending}
            value={clusterId}
            onChange={(id) => setSearchParams({ clusterId: id })}
          />
          {cluster && <ClusterStatusTag cluster={cluster} />}
          {clusterId && items && !cluster && <span role="alert">This cluster does not exist or has been deleted.</span>}
        </Flex>
        {items?.length === 0 ? (
          <Empty description="No clusters yet: nodes belong to a cluster.">
            <Link to="/clusters/create">Create Cluster</Link>
          </Empty>
        ) : (
          <Table<NodeDto>
            aria-label="Nodes"
            rowKey={(n) => n.metadata.id}
            columns={columns}
            dataSource={clusterId ? nodes.data?.items : []}
            loading={Boolean(clusterId) && nodes.isPending}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1105 }}
            locale={{ emptyText: 'This cluster has no nodes.' }}
          />
        )}
      </Card>
      {dialog?.operation === 'remove' && dialogNode && (
        <RemoveNodeDialog node={dialogNode} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.operation === 'reset' && dialogNode && (
        <ResetNodeDialog node={dialogNode} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}
