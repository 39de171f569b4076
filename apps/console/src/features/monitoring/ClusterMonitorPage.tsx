import { Flex } from 'antd';
import { Link, useParams } from 'react-router';
import { clusterDetailPath } from '../clusters/cluster-paths.ts';
import { MetricsPanel } from './MetricsPanel.tsx';
import { clusterAlarmRulesPath } from './monitoring-paths.ts';
import { MonitorPageFrame } from './MonitorPageFrame.tsx';
import { useTargetMetrics } from './use-target-metrics.ts';

/** A cluster's monitoring (Cluster List > Monitor): the sums of what runs on its nodes. */
export function ClusterMonitorPage() {
  const { id = '' } = useParams();
  const { timeWindow, metrics } = useTargetMetrics({ kind: 'cluster', id });
  const name = metrics.data?.subject.name ?? id;
  return (
    <MonitorPageFrame
      crumbs={[<Link to="/clusters">Cluster List</Link>, <Link to={clusterDetailPath(id)}>{name}</Link>]}
      title={`Cluster Monitor: ${name}`}
      notice={
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Link to={clusterAlarmRulesPath(id)}>View all rules</Link>
        </Flex>
      }
    >
      <MetricsPanel timeWindow={timeWindow} metrics={metrics} what="The cluster’s monitoring data" />
    </MonitorPageFrame>
  );
}
