import { useSearchParams } from 'react-router';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useServiceEventsQuery } from '../../../data/services/service-events-query.ts';
import { WorkloadEventsTable } from '../../workloads/WorkloadEventsTable.tsx';

const PAGE_SIZE = 20;

/** Events: what happened to the service and its containers ("Create service wordpress_web completed."). */
export function ServiceEvents({ serviceId }: { serviceId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('eventsPage')) || 1);
  const events = useServiceEventsQuery({ id: serviceId, page, pageSize: PAGE_SIZE });
  const goTo = (next: number) =>
    setSearchParams(
      (params) => {
        const updated = new URLSearchParams(params);
        if (next > 1) updated.set('eventsPage', String(next));
        else updated.delete('eventsPage');
        return updated;
      },
      { replace: true },
    );
  return (
    <>
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
      />
    </>
  );
}
