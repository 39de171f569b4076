import { Flex, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ReleaseDto, ServiceDto } from '@cs/contracts';
import { releaseRoleOf } from '@cs/domain';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useApplicationServicesQuery } from '../../../data/applications/application-services-query.ts';
import { ContainerCountsText } from '../../workloads/ContainerCountsText.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { servicePath } from '../application-paths.ts';
import { ReleaseRoleTag } from '../ReleaseRoleTag.tsx';

const columns = (release: ReleaseDto | null): TableColumnsType<ServiceDto> => [
  {
    title: 'Name',
    key: 'name',
    width: 240,
    render: (_, s) => (
      <Flex gap={8} align="center" wrap>
        <Link to={servicePath(s.metadata.id)}>{s.metadata.name}</Link>
        <ReleaseRoleTag role={releaseRoleOf(release, s.metadata.name)} />
      </Flex>
    ),
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

/**
 * Services: the application's services, each leading to its service page; during a blue-green
 * release each is marked old (blue), new (green) or unchanged (yellow).
 */
export function ApplicationServices({ applicationId, release }: { applicationId: string; release: ReleaseDto | null }) {
  const services = useApplicationServicesQuery({ id: applicationId });
  return (
    <>
      {services.isError && (
        <LoadFailureAlert what="The services" error={services.error} onRetry={() => void services.refetch()} />
      )}
      <Table<ServiceDto>
        aria-label="Services"
        rowKey={(s) => s.metadata.id}
        columns={columns(release)}
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
