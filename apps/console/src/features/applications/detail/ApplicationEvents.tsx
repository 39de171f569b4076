import { useState } from 'react';
import { Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useApplicationEventsQuery } from '../../../data/applications/application-events-query.ts';
import { EventFilterBar } from '../../events/EventFilterBar.tsx';
import { readEventFilter, withEventFilter } from '../../events/event-filter.utils.ts';
import type { EventResourceKind } from '../../events/event-filter.utils.ts';
import { WorkloadEventsTable } from '../../workloads/WorkloadEventsTable.tsx';

const PAGE_SIZE = 20;
const KINDS: readonly EventResourceKind[] = ['application', 'service', 'container'];

/** Events: what happened to the application, its services and containers, newest first, filtered by resource and level. */
export function ApplicationEvents({ applicationId }: { applicationId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readEventFilter(searchParams, KINDS);
  const [page, setPage] = useState(1);
  const events = useApplicationEventsQuery({ id: applicationId, ...filter, page, pageSize: PAGE_SIZE });
  return (
    <Flex vertical gap={16}>
      <EventFilterBar
        kinds={KINDS}
        filter={filter}
        onChange={(change) => {
          setPage(1);
          setSearchParams((params) => withEventFilter(params, change), { replace: true });
        }}
      />
      {events.isError && (
        <LoadFailureAlert what="The events" error={events.error} onRetry={() => void events.refetch()} />
      )}
      <WorkloadEventsTable
        ariaLabel="Application events"
        events={events.data}
        loading={events.isPending}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        filtered={Boolean(filter.level || filter.resourceKind)}
      />
    </Flex>
  );
}
