import { Table, Tag } from 'antd';
import type { AlarmHistoryEntryDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { useAlarmHistoryQuery } from '../../data/alarms/alarm-history-query.ts';

interface AlarmHistoryTableProps {
  clusterId: string;
  ruleId?: string;
  page: number;
  onPage: (page: number) => void;
}

const PAGE_SIZE = 20;

/** Alarm history: each time a rule fired or recovered on an instance, and whom it notified. */
export function AlarmHistoryTable({ clusterId, ruleId, page, onPage }: AlarmHistoryTableProps) {
  const history = useAlarmHistoryQuery({ clusterId, ruleId, page, pageSize: PAGE_SIZE });
  return (
    <>
      {history.isError && <LoadFailureAlert what="The alarm history" error={history.error} />}
      <Table<AlarmHistoryEntryDto>
        aria-label="Alarm history"
        rowKey={(h) => h.id}
        loading={history.isPending}
        dataSource={history.data?.items}
        locale={{ emptyText: 'No alarm has fired yet.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: history.data?.total,
          onChange: onPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: 'Time', key: 'at', render: (_, h) => formatDateTime(h.at) },
          { title: 'Alarm rule', key: 'rule', render: (_, h) => h.ruleName },
          { title: 'Instance', key: 'instance', render: (_, h) => h.instance.name },
          {
            title: 'Status',
            key: 'kind',
            render: (_, h) =>
              h.kind === 'fired' ? <Tag color="error">Alarm</Tag> : <Tag color="success">Recovered</Tag>,
          },
          { title: 'Details', key: 'message', render: (_, h) => h.message },
          {
            title: 'Notified',
            key: 'notified',
            render: (_, h) => h.notified.map((c) => `${c.name} <${c.email}>`).join(', '),
          },
        ]}
      />
    </>
  );
}
