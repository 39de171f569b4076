import { Button, Flex, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { NodeDto } from '@cs/contracts';
import type { OutageVars } from '../../data/simulation/outage-mutation.ts';
import { nodeContainersPath } from '../containers/container-paths.ts';
import { NodeStatusTag } from '../nodes/NodeStatusTag.tsx';
import { nodeOutageProblem } from './simulation.utils.ts';

interface NodeOutageTableProps {
  nodes: readonly NodeDto[] | undefined;
  loading: boolean;
  running: OutageVars | undefined;
  onOutage: (vars: OutageVars, what: string) => void;
}

/** A cluster's nodes, each with Take Down and Bring Up. */
export function NodeOutageTable({ nodes, loading, running, onOutage }: NodeOutageTableProps) {
  const button = (node: NodeDto, down: boolean) => {
    const problem = nodeOutageProblem(node, down);
    const spinning = running?.target === 'node' && running.nodeId === node.metadata.id && running.down === down;
    return (
      <Tooltip title={problem}>
        <Button
          size="small"
          danger={down}
          disabled={problem !== undefined}
          loading={spinning}
          onClick={() => onOutage({ target: 'node', nodeId: node.metadata.id, down }, `Node ${node.status.privateIp}`)}
        >
          {down ? 'Take Down' : 'Bring Up'}
        </Button>
      </Tooltip>
    );
  };
  const columns: TableColumnsType<NodeDto> = [
    { title: 'IP Address', key: 'ip', render: (_, n) => n.status.privateIp },
    { title: 'Instance ID', key: 'instance', render: (_, n) => n.spec.instanceId },
    { title: 'Zone', key: 'zone', render: (_, n) => n.spec.zone },
    { title: 'Status', key: 'status', render: (_, n) => <NodeStatusTag node={n} /> },
    {
      title: 'Number of Containers',
      key: 'containers',
      align: 'right',
      render: (_, n) => <Link to={nodeContainersPath(n.spec.clusterId, n.metadata.id)}>{n.status.containerCount}</Link>,
    },
    {
      title: 'Action',
      key: 'action',
      render: (_, n) => (
        <Flex gap={8} role="group" aria-label={`Outage of ${n.status.privateIp}`}>
          {button(n, true)}
          {button(n, false)}
        </Flex>
      ),
    },
  ];
  return (
    <Table<NodeDto>
      aria-label="Nodes"
      size="small"
      rowKey={(n) => n.metadata.id}
      columns={columns}
      dataSource={nodes}
      loading={loading}
      pagination={false}
      locale={{ emptyText: 'This cluster has no nodes.' }}
    />
  );
}
