import { Button } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ClusterDto } from '@cs/contracts';
import { LATEST_DOCKER_VERSION } from '@cs/domain';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { ClusterStatusTag } from '../ClusterStatusTag.tsx';
import { NodeHealthText } from '../NodeHealthText.tsx';
import { clusterNodesPath } from '../cluster-paths.ts';
import { CLUSTER_TYPE, networkTypeLabel, regionName } from '../clusters.utils.ts';
import type { ClusterOperation } from '../clusters.utils.ts';
import { ClusterActions } from './ClusterActions.tsx';

const secondary = { color: 'rgba(0, 0, 0, 0.45)', fontSize: 12, wordBreak: 'break-all' as const };

/** The Cluster List's columns, exactly the guide's. */
export function clusterColumns(
  onOperation: (operation: ClusterOperation, clusterId: string) => void,
): TableColumnsType<ClusterDto> {
  return [
    {
      title: 'Cluster Name/ID',
      key: 'name',
      width: 165,
      render: (_, c) => (
        <>
          {/* As in the guide's "View server monitoring information": the name leads to the cluster's nodes. */}
          <Link to={clusterNodesPath(c.metadata.id)}>{c.metadata.name}</Link>
          <div style={secondary}>{c.metadata.id}</div>
        </>
      ),
    },
    { title: 'Cluster Type', key: 'type', width: 75, render: () => CLUSTER_TYPE },
    { title: 'Region', key: 'region', width: 95, render: (_, c) => regionName(c.spec.region) },
    {
      title: 'Network Type',
      key: 'network',
      width: 120,
      render: (_, c) => {
        const { label, vpcId } = networkTypeLabel(c.spec);
        return (
          <>
            <div>{label}</div>
            {vpcId && <div style={secondary}>{vpcId}</div>}
          </>
        );
      },
    },
    { title: 'Cluster Status', key: 'status', width: 95, render: (_, c) => <ClusterStatusTag cluster={c} /> },
    {
      title: 'Node Status',
      key: 'nodeHealth',
      width: 90,
      render: (_, c) => <NodeHealthText health={c.status.nodeHealth} />,
    },
    { title: 'Number of Nodes', key: 'nodeCount', width: 75, align: 'right', render: (_, c) => c.status.nodeCount },
    {
      title: 'Time Created',
      key: 'createdAt',
      width: 90,
      render: (_, c) => {
        const [date, time] = formatDateTime(c.metadata.createdAt).split(' ');
        return (
          <>
            <div style={{ whiteSpace: 'nowrap' }}>{date}</div>
            <div style={{ whiteSpace: 'nowrap' }}>{time}</div>
          </>
        );
      },
    },
    {
      title: 'Docker Version',
      key: 'docker',
      width: 90,
      render: (_, c) => (
        <>
          <div>{c.status.dockerVersion || '-'}</div>
          {/* Offered while the cluster runs an older Docker than the service installs now. */}
          {c.status.phase === 'Running' && c.status.dockerVersion !== LATEST_DOCKER_VERSION && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              aria-label={`Upgrade Docker of ${c.metadata.name}`}
              onClick={() => onOperation('upgrade-docker', c.metadata.id)}
            >
              Upgrade
            </Button>
          )}
        </>
      ),
    },
    {
      title: 'Action',
      key: 'action',
      width: 190,
      // Stays in view when a narrow window scrolls the table sideways.
      fixed: 'right',
      render: (_, c) => <ClusterActions cluster={c} onOperation={onOperation} />,
    },
  ];
}
