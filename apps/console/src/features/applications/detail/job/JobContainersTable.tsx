import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { JobContainerDto, JobTaskDto } from '@cs/contracts';
import { ContainerHistoryTable } from './ContainerHistoryTable.tsx';
import { JobPhaseTag } from './JobPhaseTag.tsx';
import { retriesText } from './job-status.utils.ts';

const COLUMNS: TableColumnsType<JobContainerDto> = [
  { title: 'Container', key: 'name', render: (_, c) => c.name },
  { title: 'Status', key: 'phase', width: 120, render: (_, c) => <JobPhaseTag phase={c.phase} /> },
  { title: 'Exit Code', key: 'exitCode', width: 100, render: (_, c) => c.exitCode ?? '-' },
  { title: 'Executions', key: 'attempts', width: 160, render: (_, c) => `${c.attempts} (${retriesText(c.attempts)})` },
];

/** A task's containers: status, exit code, executions; a row expands to its operation history. */
export function JobContainersTable({ task }: { task: JobTaskDto }) {
  return (
    <>
      <Table<JobContainerDto>
        size="small"
        aria-label={`Containers of task ${task.name}`}
        rowKey={(c) => c.name}
        columns={COLUMNS}
        dataSource={task.containers}
        pagination={false}
        locale={{ emptyText: task.phase === 'Waiting' ? 'Waiting for the tasks it depends on.' : 'No containers.' }}
        expandable={{
          expandedRowRender: (c) => <ContainerHistoryTable name={c.name} history={c.history} />,
          rowExpandable: (c) => c.history.length > 0,
        }}
      />
      {task.containersTotal > task.containers.length && (
        <Typography.Text type="secondary">
          Showing {task.containers.length} of {task.containersTotal} containers.
        </Typography.Text>
      )}
    </>
  );
}
