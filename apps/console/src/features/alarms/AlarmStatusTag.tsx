import { Tag } from 'antd';
import type { AlarmStatus } from '@cs/contracts';

const COLOR: Record<AlarmStatus, string> = {
  OK: 'success',
  Alarm: 'error',
  'Insufficient Data': 'warning',
  Disabled: 'default',
};

/** The Status column of the alarm rules. */
export function AlarmStatusTag({ status }: { status: AlarmStatus }) {
  return <Tag color={COLOR[status]}>{status}</Tag>;
}
