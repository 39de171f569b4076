import { Breadcrumb, Button, Flex, Menu, Result } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useClusterQuery } from '../../../data/clusters/cluster-query.ts';
import { ClusterStatusTag } from '../ClusterStatusTag.tsx';
import {
  CLUSTER_SECTIONS,
  CLUSTER_SECTION_LABELS,
  clusterLogsPath,
  clusterNodesPath,
  clusterSection,
} from '../cluster-paths.ts';
import { ClusterDialogs } from '../dialogs/ClusterDialogs.tsx';
import { useClusterDialog } from '../dialogs/use-cluster-dialog.ts';
import { BasicInformation } from './BasicInformation.tsx';
import { ClusterEvents } from './ClusterEvents.tsx';
import { ConnectionInformation } from './ConnectionInformation.tsx';
import { LoadBalancerSettings } from './LoadBalancerSettings.tsx';
import { UserTags } from './UserTags.tsx';
import { NodeScalingSection } from '../node-scaling/NodeScalingSection.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

const MENU_ITEMS = CLUSTER_SECTIONS.map((section) => ({ key: section, label: CLUSTER_SECTION_LABELS[section] }));

/** Clusters > Manage: a cluster's sections in a left navigation, the chosen one in the URL (`?tab=`). */
export function ClusterDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const section = clusterSection(searchParams.get('tab'));
  const query = useClusterQuery({ id });
  const dialogs = useClusterDialog();
  const cluster = query.data;

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result
        status="404"
        title="The cluster does not exist."
        subTitle="It may have been deleted."
        extra={<Link to="/clusters">Back to Cluster List</Link>}
      />
    );
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/clusters">Cluster List</Link> }, { title: cluster?.metadata.name ?? id }]}
      />
      <PageHeading
        title={cluster ? `Cluster: ${cluster.metadata.name}` : 'Cluster'}
        extra={
          <Flex gap={8} align="center">
            {cluster && <ClusterStatusTag cluster={cluster} />}
            <Button onClick={() => void navigate(clusterLogsPath(id))}>View Logs</Button>
            <Button onClick={() => void navigate(clusterNodesPath(id))}>Node List</Button>
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
      {query.isError && <LoadFailureAlert what="The cluster" error={query.error} />}
      <Flex gap={24} align="flex-start">
        <nav aria-label="Cluster sections" style={{ flex: '0 0 220px' }}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={MENU_ITEMS}
            onClick={({ key }) => setSearchParams(key === 'basic' ? {} : { tab: key })}
            style={{ borderRadius: 8 }}
          />
        </nav>
        <div style={{ flex: 1, minWidth: 0 }}>
          {cluster && section === 'basic' && <BasicInformation cluster={cluster} onOperation={dialogs.open} />}
          {cluster && section === 'connection' && <ConnectionInformation cluster={cluster} />}
          {cluster && section === 'load-balancer' && <LoadBalancerSettings cluster={cluster} />}
          {cluster && section === 'user-tags' && <UserTags cluster={cluster} />}
          {cluster && section === 'node-scaling' && <NodeScalingSection cluster={cluster} onOperation={dialogs.open} />}
          {section === 'events' && <ClusterEvents clusterId={id} />}
        </div>
      </Flex>
      <ClusterDialogs
        dialog={dialogs.dialog}
        cluster={cluster}
        onClose={dialogs.close}
        onOpen={dialogs.open}
        onDeleted={() => void navigate('/clusters')}
      />
    </>
  );
}
