import { Card, Flex, Segmented, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import type { EventDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { useClusterEventsQuery } from '../../../data/clusters/cluster-events-query.ts';
import { EventLevelTag } from '../EventLevelTag.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

const LEVELS = ['All', 'Info', 'Warning', 'Error'] as const;
type LevelFilter = (typeof LEVELS)[number];

const COLUMNS: TableColumnsType<EventDto> = [
  {
    title: 'Time',
    key: 'time',
    width: 180,
    render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt)}</span>,
  },
  { title: 'Level', key: 'level', width: 100, render: (_, e) => <EventLevelTag level={e.level} /> },
  { title: 'Reason', dataIndex: 'reason', width: 180 },
  { title: 'Message', dataIndex: 'message' },
];

function levelFilter(value: string | null): LevelFilter {
  return (LEVELS as readonly string[]).includes(value ?? '') ? (value as LevelFilter) : 'All';
}

/** Events: the cluster's event log, newest first, filterable by level (kept in the URL). */
export function ClusterEvents({ clusterId }: { clusterId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const level = levelFilter(searchParams.get('level'));
  const events = useClusterEventsQuery({ id: clusterId });
  const rows = (events.data?.items ?? []).filter((e) => level === 'All' || e.level === level);

  const chooseLevel = (next: LevelFilter) =>
    setSearchParams(
      (params) => {
        const updated = new URLSearchParams(params);
        if (next === 'All') updated.delete('level');
        else updated.set('level', next);
        return updated;
      },
      { replace: true },
    );

  return (
    <Card
      title="Events"
      extra={
        <Flex gap={8} align="center">
          <span id="event-level-label">Level:</span>
          <Segmented<LevelFilter>
            aria-labelledby="event-level-label"
            options={[...LEVELS]}
            value={level}
            onChange={chooseLevel}
          />
        </Flex>
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
        dataSource={rows}
        loading={events.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: level === 'All' ? 'No events yet.' : `No ${level} events.` }}
      />
      {events.data && events.data.total > events.data.items.length && (
        <p style={{ color: 'rgba(0, 0, 0, 0.45)', marginBottom: 0 }}>
          Showing the newest {events.data.items.length} of {events.data.total} events.
        </p>
      )}
    </Card>
  );
}
