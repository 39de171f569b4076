import { useMemo } from 'react';
import { Card, Table } from 'antd';
import { useSearchParams } from 'react-router';
import type { OperationLogDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useClustersQuery } from '../../data/clusters/clusters-query.ts';
import { useOperationLogsQuery } from '../../data/operation-logs/operation-logs-query.ts';
import { OperationLogFilters } from './OperationLogFilters.tsx';
import { operationLogColumns } from './operationLogColumns.tsx';
import {
  OPERATION_LOGS_PAGE_SIZE,
  operationLogParams,
  operationLogQuery,
  readOperationLogView,
} from './operation-logs.utils.ts';
import type { OperationLogView } from './operation-logs.utils.ts';

/** Operation Logs: every change made in the account, newest first, filtered and paged on the server, live. */
export function OperationLogsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readOperationLogView(searchParams);
  const logs = useOperationLogsQuery(operationLogQuery(view));
  const clusters = useClustersQuery({});
  const columns = useMemo(
    () => operationLogColumns(new Map((clusters.data?.items ?? []).map((c) => [c.metadata.id, c.metadata.name]))),
    [clusters.data],
  );
  const show = (next: OperationLogView) => setSearchParams(operationLogParams(next));
  const filtered = Object.keys(view).length > 1;

  return (
    <>
      <PageHeading title="Operation Logs" />
      {logs.isError && (
        <LoadFailureAlert what="The operation logs" error={logs.error} onRetry={() => void logs.refetch()} />
      )}
      <Card>
        <OperationLogFilters view={view} onChange={(change) => show({ ...view, ...change, page: 1 })} />
        <Table<OperationLogDto>
          aria-label="Operation logs"
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          columns={columns}
          dataSource={logs.data?.items}
          loading={logs.isPending}
          pagination={{
            current: view.page,
            pageSize: OPERATION_LOGS_PAGE_SIZE,
            total: logs.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => `${total} operation(s)`,
            onChange: (page) => show({ ...view, page }),
          }}
          locale={{ emptyText: filtered ? 'No operation matches these filters.' : 'No operations yet.' }}
        />
      </Card>
    </>
  );
}
