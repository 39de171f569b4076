import { Tag, Tooltip } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { ClusterDto } from '@cs/contracts';
import { clusterPhaseLook, clusterStatusDetail } from './clusters.utils.ts';

interface ClusterStatusTagProps {
  cluster: Pick<ClusterDto, 'spec' | 'status'>;
}

/** The Cluster Status column: the phase in the guide's word, why it failed or what it is doing on hover. */
export function ClusterStatusTag({ cluster }: ClusterStatusTagProps) {
  const { phase } = cluster.status;
  const { color, busy } = clusterPhaseLook(phase);
  const detail = clusterStatusDetail(cluster);
  const tag = (
    <Tag
      color={color}
      icon={busy ? <SyncOutlined spin aria-hidden /> : undefined}
      style={{ marginInlineEnd: 0, cursor: detail ? 'help' : undefined }}
      // Focusable when it explains something, so keyboard users can open the tooltip too.
      tabIndex={detail ? 0 : undefined}
    >
      {phase}
    </Tag>
  );
  return detail ? <Tooltip title={detail}>{tag}</Tooltip> : tag;
}
