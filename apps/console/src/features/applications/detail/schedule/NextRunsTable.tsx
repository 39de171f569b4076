import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatDateTime } from '../../../../components/date-time.utils.ts';
import { beijingTime } from './schedule.utils.ts';

interface Row {
  index: number;
  at: string;
}

const COLUMNS: TableColumnsType<Row> = [
  { title: '#', key: 'index', width: 48, render: (_, r) => r.index },
  { title: 'Beijing time (UTC+8)', key: 'beijing', render: (_, r) => beijingTime(r.at) },
  { title: 'Your time', key: 'local', render: (_, r) => formatDateTime(r.at) },
];

/** A crontab's next five run times, in Beijing time (what the crontab is read in) and the browser's. */
export function NextRunsTable({ runs }: { runs: readonly string[] }) {
  return (
    <div>
      <Typography.Title level={5}>Next {runs.length} Runs</Typography.Title>
      <Table<Row>
        size="small"
        aria-label="Next runs"
        rowKey="index"
        columns={COLUMNS}
        dataSource={runs.map((at, i) => ({ index: i + 1, at }))}
        pagination={false}
        locale={{ emptyText: 'The schedule never comes.' }}
      />
    </div>
  );
}
