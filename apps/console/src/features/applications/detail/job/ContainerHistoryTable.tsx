import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ContainerAttemptDto } from '@cs/contracts';
import { formatDateTime } from '../../../../components/date-time.utils.ts';

const COLUMNS: TableColumnsType<ContainerAttemptDto> = [
  { title: 'Attempt', key: 'attempt', width: 90, render: (_, h) => h.attempt },
  { title: 'Started', key: 'startedAt', render: (_, h) => (h.startedAt ? formatDateTime(h.startedAt) : '-') },
  { title: 'Finished', key: 'finishedAt', render: (_, h) => formatDateTime(h.finishedAt) },
  { title: 'Exit Code', key: 'exitCode', width: 100, render: (_, h) => h.exitCode ?? '-' },
];

/** A container's operation history: each execution, the retries after an error included. */
export function ContainerHistoryTable({ name, history }: { name: string; history: readonly ContainerAttemptDto[] }) {
  return (
    <Table<ContainerAttemptDto>
      size="small"
      aria-label={`Operation history of ${name}`}
      rowKey={(h) => h.attempt}
      columns={COLUMNS}
      dataSource={[...history]}
      pagination={false}
      locale={{ emptyText: 'Not executed yet.' }}
    />
  );
}
