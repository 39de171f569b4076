import { Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useServiceEventsQuery } from '../../../data/services/service-events-query.ts';
import { EventFilterBar } from '../../events/EventFilterBar.tsx';
import {
  readEventFilter,
  withEventFilter,
  withEventsPage,
  eventsPageOf,
  EVENTS_PAGE_PARAM,
} from '../../events/event-filter.utils.ts';
import type { EventResourceKind } from '../../events/event-filter.utils.ts';
import { WorkloadEventsTable } from '../../workloads/WorkloadEventsTable.tsx';

const PAGE_SIZE = 20;
const KINDS: readonly EventResourceKind[] = ['service', 'container'];

/** Events: what happened to the service and its containers ("Create service wordpress_web completed."). */
export function ServiceEvents({ serviceId }: { serviceId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readEventFilter(searchParams, KINDS);
  const page = eventsPageOf(searchParams);
  const events = useServiceEventsQuery({ id: serviceId, ...filter, page, pageSize: PAGE_SIZE });
  const goTo = (next: number) => setSearchParams((params) => withEventsPage(params, next), { replace: true });
  return (
    <Flex vertical gap={16}>
      <EventFilterBar
        kinds={KINDS}
        filter={filter}
        onChange={(change) =>
          setSearchParams((params) => withEventFilter(params, change, EVENTS_PAGE_PARAM), { replace: true })
        }
      />
      {events.isError && (
        <LoadFailureAlert what="The events" error={events.error} onRetry={() => void events.refetch()} />
      )}
      <WorkloadEventsTable
        ariaLabel="Service events"
        events={events.data}
        loading={events.isPending}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={goTo}
        filtered={Boolean(filter.level || filter.resourceKind)}
      />
    </Flex>
  );
}
