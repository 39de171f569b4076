import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { NodeDto } from '@cs/contracts';
import { nodeContainersPath } from '../containers/container-paths.ts';
import { NodeActions } from './NodeActions.tsx';
import { NodeStatusTag } from './NodeStatusTag.tsx';
import { NODE_KIND, nodeConfiguration } from './nodes.utils.ts';
import type { NodeOperation } from './nodes.utils.ts';

const secondary = { color: 'rgba(0, 0, 0, 0.45)', fontSize: 12, wordBreak: 'break-all' as const };

/** The node list's columns, exactly the guide's. */
export function nodeColumns(
  clusterProblem: string | undefined,
  onOperation: (operation: NodeOperation, node: NodeDto) => void,
): TableColumnsType<NodeDto> {
  return [
    {
      title: 'IP Address',
      key: 'ip',
      width: 125,
      render: (_, n) => (
        <>
          <div>{n.status.privateIp}</div>
          {n.status.publicIp && <div style={secondary}>{n.status.publicIp}</div>}
        </>
      ),
    },
    {
      title: 'Instance Type',
      key: 'type',
      width: 95,
      render: (_, n) => (
        <>
          <div>{NODE_KIND}</div>
          <div style={secondary}>{n.spec.instanceType}</div>
        </>
      ),
    },
    {
      title: 'Instance ID/Name',
      key: 'instance',
      width: 175,
      render: (_, n) => (
        <>
          <div>{n.spec.instanceId}</div>
          <div style={secondary}>{n.metadata.name}</div>
        </>
      ),
    },
    { title: 'Status', key: 'status', width: 85, render: (_, n) => <NodeStatusTag node={n} /> },
    {
      title: 'Number of Containers',
      key: 'containers',
      width: 90,
      align: 'right',
      render: (_, n) =>
        n.status.containerCount > 0 ? (
          <Link
            to={nodeContainersPath(n.spec.clusterId, n.metadata.id)}
            aria-label={`${n.status.containerCount} containers on ${n.status.privateIp}`}
          >
            {n.status.containerCount}
          </Link>
        ) : (
          0
        ),
    },
    { title: 'Configuration', key: 'configuration', width: 110, render: (_, n) => nodeConfiguration(n) },
    { title: 'Operating System', key: 'os', width: 105, render: (_, n) => n.spec.operatingSystem },
    { title: 'Docker Version', key: 'docker', width: 90, render: (_, n) => n.status.dockerVersion || '-' },
    { title: 'Agent', key: 'agent', width: 95, render: (_, n) => n.status.agentVersion || '-' },
    {
      title: 'Action',
      key: 'action',
      width: 140,
      // Stays in view when a narrow window scrolls the table sideways.
      fixed: 'right',
      render: (_, n) => <NodeActions node={n} clusterProblem={clusterProblem} onOperation={onOperation} />,
    },
  ];
}
