import { Card, Empty, Flex } from 'antd';
import { Link } from 'react-router';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useServicesQuery } from '../../data/services/services-query.ts';
import { ClusterStatusTag } from '../clusters/ClusterStatusTag.tsx';
import { ClusterSelect } from '../nodes/ClusterSelect.tsx';
import { useSelectedCluster } from '../workloads/use-selected-cluster.ts';
import { FaultPanel } from './FaultPanel.tsx';
import { ImagePushPanel } from './ImagePushPanel.tsx';
import { LoadSpikePanel } from './LoadSpikePanel.tsx';
import { OutagePanel } from './OutagePanel.tsx';
import { RamServicePanel } from '../clusters/node-scaling/RamServicePanel.tsx';

/** The simulation panel: break the simulated cloud on purpose, so rescheduling, migration and redeploy can be seen. */
export function SimulationPage() {
  const { clusters, clusterId, cluster, missing, selectCluster } = useSelectedCluster();
  const services = useServicesQuery(
    { clusterId: clusterId ?? '', hideSystem: false, pageSize: 100 },
    { enabled: Boolean(clusterId) },
  );

  return (
    <>
      <PageHeading title="Simulation" />
      <p style={{ marginTop: -12, marginBottom: 16, color: 'rgba(0, 0, 0, 0.65)', maxWidth: 960 }}>
        Everything this console manages runs on a simulated cloud. Here you can make it fail the way a real one does:
        take nodes and zones down, make image pulls, health checks and containers fail, push new image digests, and send
        a service a load spike. The rest of the console then shows what the Container Service does about it, so
        rescheduling, migration and redeploy can be seen, not just tested.
      </p>
      {clusters.isError && <LoadFailureAlert what="The clusters" error={clusters.error} />}
      <Flex vertical gap={16}>
        <Card>
          <Flex gap={12} align="center" wrap>
            <span>Cluster:</span>
            <ClusterSelect
              clusters={clusters.data?.items}
              loading={clusters.isPending}
              value={clusterId}
              onChange={selectCluster}
            />
            {cluster && <ClusterStatusTag cluster={cluster} />}
            {missing && <span role="alert">This cluster does not exist or has been deleted.</span>}
          </Flex>
          {clusters.data?.items.length === 0 && (
            <Empty description="No clusters yet: the simulation breaks the nodes of a cluster.">
              <Link to="/clusters/create">Create Cluster</Link>
            </Empty>
          )}
        </Card>
        {cluster && <OutagePanel clusterId={cluster.metadata.id} />}
        <FaultPanel services={cluster ? (services.data?.items ?? []) : []} servicesLoading={services.isPending} />
        {cluster && (
          <LoadSpikePanel
            clusterId={cluster.metadata.id}
            services={services.data?.items ?? []}
            servicesLoading={services.isPending}
          />
        )}
        <ImagePushPanel />
        <RamServicePanel />
      </Flex>
    </>
  );
}
