import { Tag } from 'antd';
import { RELEASE_AWAITING_CONFIRMATION } from '@cs/domain';

/** "Blue-green release in progress" or "… awaiting confirmation", beside the application's status. */
export function ReleaseStatusTag({ status }: { status: string | null }) {
  if (!status) return null;
  const awaiting = status === RELEASE_AWAITING_CONFIRMATION;
  return (
    <Tag color={awaiting ? 'warning' : 'processing'} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {status}
    </Tag>
  );
}
