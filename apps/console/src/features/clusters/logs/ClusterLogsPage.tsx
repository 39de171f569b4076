import { Breadcrumb, Button, Card, Flex } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useClusterQuery } from '../../../data/clusters/cluster-query.ts';
import { ClusterStatusTag } from '../ClusterStatusTag.tsx';
import { clusterDetailPath } from '../cluster-paths.ts';
import { ClusterLogView } from './ClusterLogView.tsx';

/** View Logs: the cluster's log as it is written (its creation, scaling, upgrades, deletion). */
export function ClusterLogsPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const cluster = useClusterQuery({ id });
  const name = cluster.data?.metadata.name ?? id;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/clusters">Cluster List</Link> },
          { title: <Link to={clusterDetailPath(id)}>{name}</Link> },
          { title: 'Logs' },
        ]}
      />
      <PageHeading
        title={`Cluster Logs: ${name}`}
        extra={
          <Flex gap={12} align="center">
            {cluster.data && <ClusterStatusTag cluster={cluster.data} />}
            <Button onClick={() => void navigate(clusterDetailPath(id))}>Manage</Button>
          </Flex>
        }
      />
      <Card>
        <ClusterLogView clusterId={id} />
      </Card>
    </>
  );
}
