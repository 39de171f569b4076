import { useMemo, useState } from 'react';
import { Button, Card, Empty, Table } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { ServiceDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useServicesQuery } from '../../../data/services/services-query.ts';
import { useSelectedCluster } from '../../workloads/use-selected-cluster.ts';
import { ServiceDialogs } from '../dialogs/ServiceDialogs.tsx';
import type { ServiceOperation } from '../services.utils.ts';
import { ServiceFilterBar } from './ServiceFilterBar.tsx';
import {
  SERVICE_PAGE_SIZES,
  readServiceListView,
  serviceListQuery,
  writeServiceListView,
} from './service-list-params.ts';
import { serviceColumns } from './serviceColumns.tsx';

/** The Service List of the selected cluster, filtered and paged on the server, all of it in the URL. */
export function ServiceListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { clusters, clusterId, missing, selectCluster } = useSelectedCluster();
  const view = readServiceListView(searchParams);
  const services = useServicesQuery(serviceListQuery(clusterId ?? '', view), { enabled: Boolean(clusterId) });
  const [dialog, setDialog] = useState<{ operation: ServiceOperation; serviceId: string }>();
  const columns = useMemo(
    () => serviceColumns((operation, service) => setDialog({ operation, serviceId: service.metadata.id })),
    [],
  );
  const dialogService = services.data?.items.find((s) => s.metadata.id === dialog?.serviceId);
  const changeView = (change: Parameters<typeof writeServiceListView>[1]) =>
    setSearchParams((params) => writeServiceListView(params, change));

  return (
    <>
      <PageHeading
        title="Service List"
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={services.isFetching && !services.isPending}
            onClick={() => void Promise.all([clusters.refetch(), services.refetch()])}
          >
            Refresh
          </Button>
        }
      />
      {(clusters.isError || services.isError) && (
        <LoadFailureAlert what="The services" error={clusters.error ?? services.error} />
      )}
      <Card>
        <ServiceFilterBar
          clusters={clusters.data?.items}
          clustersLoading={clusters.isPending}
          clusterId={clusterId}
          onClusterChange={selectCluster}
          view={view}
          onViewChange={changeView}
        />
        {missing && <p role="alert">This cluster does not exist or has been deleted.</p>}
        {clusters.data?.items.length === 0 ? (
          <Empty description="No clusters yet: services run in a cluster.">
            <Link to="/clusters/create">Create Cluster</Link>
          </Empty>
        ) : (
          <Table<ServiceDto>
            aria-label="Services"
            rowKey={(s) => s.metadata.id}
            columns={columns}
            dataSource={clusterId ? services.data?.items : []}
            loading={Boolean(clusterId) && services.isPending}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            pagination={{
              current: view.page,
              pageSize: view.pageSize,
              total: services.data?.total ?? 0,
              pageSizeOptions: SERVICE_PAGE_SIZES.map(String),
              showSizeChanger: true,
              showTotal: (total) => (total === 1 ? '1 service' : `${total} services`),
              onChange: (page, pageSize) => changeView(pageSize === view.pageSize ? { page } : { pageSize }),
            }}
            locale={{
              emptyText: view.name
                ? `No service name contains "${view.name}".`
                : 'This cluster runs no services that these filters show.',
            }}
          />
        )}
      </Card>
      <ServiceDialogs operation={dialog?.operation} service={dialogService} onClose={() => setDialog(undefined)} />
    </>
  );
}
