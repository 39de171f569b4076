import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import type { EventDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { useClusterEventsQuery } from '../../../data/clusters/cluster-events-query.ts';
import { EventFilterBar } from '../../events/EventFilterBar.tsx';
import {
  EVENT_KIND_LABELS,
  readEventFilter,
  withEventFilter,
  withEventsPage,
  eventsPageOf,
  EVENTS_PAGE_PARAM,
} from '../../events/event-filter.utils.ts';
import type { EventResourceKind } from '../../events/event-filter.utils.ts';
import { EventLevelTag } from '../EventLevelTag.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

/** A cluster's log holds its own events and its nodes'. */
const KINDS: readonly EventResourceKind[] = ['cluster', 'node'];
const PAGE_SIZE = 20;

const COLUMNS: TableColumnsType<EventDto> = [
  {
    title: 'Time',
    key: 'time',
    width: 180,
    render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt)}</span>,
  },
  { title: 'Level', key: 'level', width: 100, render: (_, e) => <EventLevelTag level={e.level} /> },
  {
    title: 'Resource',
    key: 'resource',
    width: 100,
    render: (_, e) => EVENT_KIND_LABELS[e.resourceKind as EventResourceKind] ?? e.resourceKind,
  },
  { title: 'Reason', dataIndex: 'reason', width: 180 },
  { title: 'Message', dataIndex: 'message' },
];

/** Events: the cluster's event log, newest first, filtered by resource and level on the server (kept in the URL). */
export function ClusterEvents({ clusterId }: { clusterId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readEventFilter(searchParams, KINDS);
  const page = eventsPageOf(searchParams);
  const events = useClusterEventsQuery({ id: clusterId, ...filter, page, pageSize: PAGE_SIZE });
  const filtered = Boolean(filter.level || filter.resourceKind);

  const goTo = (next: number) => setSearchParams((params) => withEventsPage(params, next), { replace: true });

  return (
    <Card
      title="Events"
      extra={
        <EventFilterBar
          kinds={KINDS}
          filter={filter}
          onChange={(change) =>
            setSearchParams((params) => withEventFilter(params, change, EVENTS_PAGE_PARAM), { replace: true })
          }
        />
      }
    >
      {events.isError && (
        <LoadFailureAlert what="The events" error={events.error} onRetry={() => void events.refetch()} />
      )}
      <Table<EventDto>
        aria-label="Cluster events"
        size="small"
        rowKey="id"
        columns={COLUMNS}
        dataSource={events.data?.items}
        loading={events.isPending}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: events.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: goTo,
        }}
        locale={{ emptyText: filtered ? 'No events match these filters.' : 'No events yet.' }}
      />
    </Card>
  );
}
