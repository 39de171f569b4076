import { Button, Dropdown, Flex, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import type { NodeDto } from '@cs/contracts';
import { nodeOperationProblem } from './nodes.utils.ts';
import type { NodeOperation } from './nodes.utils.ts';

const MONITOR_LATER = 'Node monitoring charts are not built yet; they come with the monitoring pages.';

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
      <Tooltip title={MONITOR_LATER}>
        <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} disabled>
          Monitor
        </Button>
      </Tooltip>
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
