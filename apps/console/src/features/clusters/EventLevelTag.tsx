import { Tag } from 'antd';
import type { EventDto } from '@cs/contracts';

const COLORS: Record<EventDto['level'], string> = { Info: 'blue', Warning: 'orange', Error: 'red' };

/** An event's level: Info, Warning or Error. */
export function EventLevelTag({ level }: { level: EventDto['level'] }) {
  return (
    <Tag color={COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {level}
    </Tag>
  );
}
