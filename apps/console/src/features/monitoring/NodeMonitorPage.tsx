import { Link, useParams, useSearchParams } from 'react-router';
import { useNodesQuery } from '../../data/nodes/nodes-query.ts';
import { clusterNodesPath } from '../clusters/cluster-paths.ts';
import { AlarmRulesLink } from './AlarmRulesLink.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { MonitorPageFrame } from './MonitorPageFrame.tsx';
import { useTargetMetrics } from './use-target-metrics.ts';

/** A node's monitoring (Node List > Monitor): what runs on it, CPU as a share of its cores. */
export function NodeMonitorPage() {
  const { nodeId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const clusterId = searchParams.get('clusterId') ?? '';
  const { timeWindow, metrics } = useTargetMetrics({ kind: 'node', clusterId, nodeId });
  // Nodes are known by their IP address, as the Node List shows them.
  const nodes = useNodesQuery({ clusterId }, { enabled: Boolean(clusterId) });
  const ip = nodes.data?.items.find((n) => n.metadata.id === nodeId)?.status.privateIp;
  const name = ip ?? metrics.data?.subject.name ?? nodeId;
  return (
    <MonitorPageFrame
      crumbs={[<Link to={clusterId ? clusterNodesPath(clusterId) : '/nodes'}>Node List</Link>, name]}
      title={`Node Monitor: ${name}`}
    >
      <MetricsPanel
        timeWindow={timeWindow}
        metrics={metrics}
        what="The node’s monitoring data"
        extra={clusterId && <AlarmRulesLink clusterId={clusterId} instance={{ kind: 'node', id: nodeId }} />}
      />
    </MonitorPageFrame>
  );
}
