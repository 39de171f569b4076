import { useState } from 'react';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useApplicationEventsQuery } from '../../../data/applications/application-events-query.ts';
import { WorkloadEventsTable } from '../../workloads/WorkloadEventsTable.tsx';

const PAGE_SIZE = 20;

/** Events: what happened to the application, its services and containers, newest first, a page at a time. */
export function ApplicationEvents({ applicationId }: { applicationId: string }) {
  const [page, setPage] = useState(1);
  const events = useApplicationEventsQuery({ id: applicationId, page, pageSize: PAGE_SIZE });
  return (
    <>
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
      />
    </>
  );
}
