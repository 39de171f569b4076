import { useState } from 'react';
import { Button, Flex, Table } from 'antd';
import type { ServiceRoute } from '@cs/contracts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { useApplicationRoutesQuery } from '../../../../data/routes/application-routes-query.ts';
import { RoutesEmpty } from './RoutesEmpty.tsx';
import { SetServiceWeightDialog } from './SetServiceWeightDialog.tsx';
import { SlbListenerNote } from './SlbListenerNote.tsx';
import { TestAccessPanel } from './TestAccessPanel.tsx';
import { ROUTE_COLUMNS, routeRowKey } from './routeColumns.tsx';
import { firstRoutingHost } from './routes.utils.ts';

/** Routes: the application's endpoints and their weights, the cluster's listener, Set Service Weight and Test Access. */
export function ApplicationRoutesTab({ applicationId }: { applicationId: string }) {
  const query = useApplicationRoutesQuery({ id: applicationId });
  const [weighing, setWeighing] = useState(false);
  const data = query.data;
  const routes = data?.routes ?? [];
  const host = firstRoutingHost(routes);

  return (
    <Flex vertical gap={16}>
      {query.isError && <LoadFailureAlert what="The routes" error={query.error} onRetry={() => void query.refetch()} />}
      {data?.listener && host && <SlbListenerNote listener={data.listener} host={host} />}
      <Flex justify="end">
        <Button type="primary" disabled={routes.length === 0} onClick={() => setWeighing(true)}>
          Set Service Weight
        </Button>
      </Flex>
      <Table<ServiceRoute>
        aria-label="Routes"
        rowKey={routeRowKey}
        columns={ROUTE_COLUMNS}
        dataSource={routes}
        loading={query.isPending}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        locale={{ emptyText: query.isPending ? ' ' : <RoutesEmpty /> }}
      />
      {data && <TestAccessPanel clusterId={data.clusterId} routes={routes} />}
      {weighing && (
        <SetServiceWeightDialog applicationId={applicationId} routes={routes} onClose={() => setWeighing(false)} />
      )}
    </Flex>
  );
}
