import { Card, Descriptions, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { JobTaskDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { formatDateTime } from '../../../../components/date-time.utils.ts';
import { useJobStatusQuery } from '../../../../data/jobs/job-status-query.ts';
import { JobContainersTable } from './JobContainersTable.tsx';
import { JobPhaseTag } from './JobPhaseTag.tsx';

const time = (iso: string | null) => (iso ? formatDateTime(iso) : '-');

const COLUMNS: TableColumnsType<JobTaskDto> = [
  { title: 'Task', key: 'name', render: (_, t) => t.name },
  { title: 'Status', key: 'phase', width: 120, render: (_, t) => <JobPhaseTag phase={t.phase} detail={t.reason} /> },
  { title: 'Depends On', key: 'dependsOn', render: (_, t) => (t.dependsOn.length > 0 ? t.dependsOn.join(', ') : '-') },
  { title: 'Containers', key: 'scale', width: 110, render: (_, t) => t.scale },
  { title: 'Retries', key: 'retryCount', width: 90, render: (_, t) => t.retryCount },
  { title: 'Remove Containers', key: 'removeContainers', render: (_, t) => t.removeContainers },
  { title: 'Started', key: 'startedAt', render: (_, t) => time(t.startedAt) },
  { title: 'Finished', key: 'finishedAt', render: (_, t) => time(t.finishedAt) },
];

/** An offline job's status: the job's run, each task's status and dependencies, and per container its result and history. */
export function JobStatusCard({ applicationId }: { applicationId: string }) {
  const query = useJobStatusQuery({ applicationId });
  const job = query.data;
  return (
    <Card title="Job Status" loading={query.isPending}>
      {query.isError && <LoadFailureAlert what="The job status" error={query.error} />}
      {job && (
        <>
          <Descriptions
            size="small"
            column={4}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'phase', label: 'Job Status', children: <JobPhaseTag phase={job.phase} /> },
              { key: 'run', label: 'Run', children: job.run },
              { key: 'startedAt', label: 'Started', children: time(job.startedAt) },
              { key: 'finishedAt', label: 'Finished', children: time(job.finishedAt) },
            ]}
          />
          <Table<JobTaskDto>
            size="small"
            aria-label="Tasks"
            rowKey={(t) => t.serviceId}
            columns={COLUMNS}
            dataSource={job.tasks}
            pagination={false}
            expandable={{ expandedRowRender: (t) => <JobContainersTable task={t} /> }}
          />
        </>
      )}
    </Card>
  );
}
