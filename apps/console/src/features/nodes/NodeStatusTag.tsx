import { Tag, Tooltip } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { NodeDto } from '@cs/contracts';
import { nodePhaseLook } from './nodes.utils.ts';

/** A node's Status: its phase, and why it failed (or what it is doing) on hover. */
export function NodeStatusTag({ node }: { node: Pick<NodeDto, 'status' | 'spec'> }) {
  const { phase, reason } = node.status;
  const { color, busy } = nodePhaseLook(phase);
  const operation = node.spec.operation;
  const detail =
    reason ??
    (operation && busy
      ? `${operation.kind === 'remove' ? 'Removing' : 'Resetting'} the node${operation.migrateContainers ? ', migrating its containers' : ''}.`
      : undefined);
  const tag = (
    <Tag
      color={color}
      icon={busy ? <SyncOutlined spin aria-hidden /> : undefined}
      tabIndex={detail ? 0 : undefined}
      style={{ marginInlineEnd: 0 }}
    >
      {phase}
    </Tag>
  );
  return detail ? <Tooltip title={detail}>{tag}</Tooltip> : tag;
}
