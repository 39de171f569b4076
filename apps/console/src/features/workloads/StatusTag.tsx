import { Tag, Tooltip } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { StatusLook } from './workload-status.utils.ts';

interface StatusTagProps {
  /** The status word, as the guide writes it. */
  label: string;
  look: StatusLook;
  /** Why (a failure's reason, what is going on), on hover and focus. */
  detail?: string | null;
}

/** A status word in its colour, spinning while something is in progress, with its reason on hover. */
export function StatusTag({ label, look, detail }: StatusTagProps) {
  const tag = (
    <Tag
      color={look.color}
      icon={look.busy ? <SyncOutlined spin aria-hidden /> : undefined}
      // Focusable when it explains something, so keyboard users can open the tooltip too.
      tabIndex={detail ? 0 : undefined}
      style={{ marginInlineEnd: 0, cursor: detail ? 'help' : undefined }}
    >
      {label}
    </Tag>
  );
  return detail ? <Tooltip title={detail}>{tag}</Tooltip> : tag;
}
