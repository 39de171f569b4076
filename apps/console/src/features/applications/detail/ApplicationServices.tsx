import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ServiceDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useApplicationServicesQuery } from '../../../data/applications/application-services-query.ts';
import { ContainerCountsText } from '../../workloads/ContainerCountsText.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { servicePath } from '../application-paths.ts';

const COLUMNS: TableColumnsType<ServiceDto> = [
  {
    title: 'Name',
    key: 'name',
    width: 200,
    render: (_, s) => <Link to={servicePath(s.metadata.id)}>{s.metadata.name}</Link>,
  },
  {
    title: 'Status',
    key: 'status',
    width: 140,
    render: (_, s) => <WorkloadPhaseTag phase={s.status.phase} reason={s.status.reason} />,
  },
  {
    title: 'Container Status',
    key: 'containers',
    width: 180,
    render: (_, s) => <ContainerCountsText counts={s.status.containerCounts} />,
  },
  {
    title: 'Image',
    key: 'image',
    render: (_, s) => <span style={{ wordBreak: 'break-all' }}>{s.spec.definition.image ?? '-'}</span>,
  },
];

/** Services: the application's services, each leading to its service page. */
export function ApplicationServices({ applicationId }: { applicationId: string }) {
  const services = useApplicationServicesQuery({ id: applicationId });
  return (
    <>
      {services.isError && (
        <LoadFailureAlert what="The services" error={services.error} onRetry={() => void services.refetch()} />
      )}
      <Table<ServiceDto>
        aria-label="Services"
        rowKey={(s) => s.metadata.id}
        columns={COLUMNS}
        dataSource={services.data?.items}
        loading={services.isPending}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        locale={{ emptyText: 'This application has no services.' }}
      />
    </>
  );
}
