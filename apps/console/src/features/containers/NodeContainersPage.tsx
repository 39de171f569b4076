import { Breadcrumb, Card } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useNodesQuery } from '../../data/nodes/nodes-query.ts';
import { clusterNodesPath } from '../clusters/cluster-paths.ts';
import { NodeStatusTag } from '../nodes/NodeStatusTag.tsx';
import { ContainersTable } from './ContainersTable.tsx';

/** The containers placed on one node, from the Node List's Number of Containers. */
export function NodeContainersPage() {
  const { nodeId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const clusterId = searchParams.get('clusterId') ?? '';
  const nodes = useNodesQuery({ clusterId }, { enabled: Boolean(clusterId) });
  const node = nodes.data?.items.find((n) => n.metadata.id === nodeId);
  const nodeName = node ? node.status.privateIp : nodeId;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={clusterId ? clusterNodesPath(clusterId) : '/nodes'}>Node List</Link> },
          { title: nodeName },
        ]}
      />
      <PageHeading title={`Containers on ${nodeName}`} extra={node && <NodeStatusTag node={node} />} />
      <Card>
        <ContainersTable filter={clusterId ? { clusterId, nodeId } : { nodeId }} />
      </Card>
    </>
  );
}
