import { Button, Dropdown, Flex, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { NodeDto } from '@cs/contracts';
import { nodeMonitorPath } from '../monitoring/monitoring-paths.ts';
import { nodeOperationProblem } from './nodes.utils.ts';
import type { NodeOperation } from './nodes.utils.ts';

interface NodeActionsProps {
  node: NodeDto;
  /** Why the cluster takes no node changes now (its phase), if it does not. */
  clusterProblem: string | undefined;
  onOperation: (operation: NodeOperation, node: NodeDto) => void;
}

/** The node list's Action column: Monitor and More (Remove, Reset). */
export function NodeActions({ node, clusterProblem, onOperation }: NodeActionsProps) {
  const item = (operation: NodeOperation, label: string) => {
    const problem = clusterProblem ?? nodeOperationProblem(node, operation);
    return {
      key: operation,
      disabled: problem !== undefined,
      label: problem ? (
        <Tooltip title={problem} placement="left">
          <span style={{ display: 'block' }}>{label}</span>
        </Tooltip>
      ) : (
        label
      ),
    };
  };
  const items: MenuProps['items'] = [item('remove', 'Remove'), item('reset', 'Reset')];

  return (
    <Flex gap={8} align="center" role="group" aria-label={`Actions of ${node.status.privateIp}`}>
      <Link to={nodeMonitorPath(node.spec.clusterId, node.metadata.id)}>Monitor</Link>
      <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.15)' }}>
        |
      </span>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onOperation(key as NodeOperation, node) }}>
        <Button type="link" size="small" style={{ padding: 0, height: 'auto' }}>
          More <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </Flex>
  );
}
