import { Card, Flex } from 'antd';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useNodesQuery } from '../../data/nodes/nodes-query.ts';
import { NodeOutageTable } from './NodeOutageTable.tsx';
import { useOutage } from './use-outage.ts';
import { ZoneOutageList } from './ZoneOutageList.tsx';

const explain = { margin: 0, color: 'rgba(0, 0, 0, 0.65)' };

/** Node down and zone down: the failures that container rescheduling and high availability scheduling are for. */
export function OutagePanel({ clusterId }: { clusterId: string }) {
  const nodes = useNodesQuery({ clusterId });
  const { run, running } = useOutage();
  return (
    <Card title="Node and zone outages">
      <Flex vertical gap={16}>
        <p style={explain}>
          Take Down makes a node Offline, as if its machine failed. Its containers are lost; those of services with{' '}
          <code>reschedule:on-node-failure</code> are rescheduled onto the other nodes, so their Node IP changes. Bring
          Up makes the node Normal again. Zone Down does this to every node of a zone, which services placed with{' '}
          <code>availability:az==N</code> survive.
        </p>
        {nodes.isError && (
          <LoadFailureAlert what="The nodes" error={nodes.error} onRetry={() => void nodes.refetch()} />
        )}
        <NodeOutageTable nodes={nodes.data?.items} loading={nodes.isPending} running={running} onOutage={run} />
        {nodes.data && (
          <ZoneOutageList clusterId={clusterId} nodes={nodes.data.items} running={running} onOutage={run} />
        )}
      </Flex>
    </Card>
  );
}
