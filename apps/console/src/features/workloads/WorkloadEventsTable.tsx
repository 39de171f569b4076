import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { EventDto, EventList } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { EventLevelTag } from '../clusters/EventLevelTag.tsx';
import { EVENT_KIND_LABELS } from '../events/event-filter.utils.ts';
import type { EventResourceKind } from '../events/event-filter.utils.ts';

const COLUMNS: TableColumnsType<EventDto> = [
  {
    title: 'Time',
    key: 'time',
    width: 180,
    render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt)}</span>,
  },
  { title: 'Level', key: 'level', width: 90, render: (_, e) => <EventLevelTag level={e.level} /> },
  {
    title: 'Resource',
    key: 'resource',
    width: 110,
    render: (_, e) => EVENT_KIND_LABELS[e.resourceKind as EventResourceKind] ?? e.resourceKind,
  },
  { title: 'Message', dataIndex: 'message' },
];

interface WorkloadEventsTableProps {
  /** What the events are of, for assistive technology: "Service events". */
  ariaLabel: string;
  events: EventList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Whether a filter is set: an empty list then says no event matches. */
  filtered?: boolean;
}

/** An application's or service's events, newest first, a page at a time from the server. */
export function WorkloadEventsTable({
  ariaLabel,
  events,
  loading,
  page,
  pageSize,
  onPageChange,
  filtered = false,
}: WorkloadEventsTableProps) {
  return (
    <Table<EventDto>
      aria-label={ariaLabel}
      size="small"
      rowKey="id"
      columns={COLUMNS}
      dataSource={events?.items}
      loading={loading}
      pagination={{
        current: page,
        pageSize,
        total: events?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: onPageChange,
      }}
      locale={{ emptyText: filtered ? 'No events match these filters.' : 'No events yet.' }}
    />
  );
}
