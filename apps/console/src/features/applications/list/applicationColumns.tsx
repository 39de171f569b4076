import { Flex } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ApplicationSummary } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import type { ApplicationOperation } from '../../../data/applications/application-operation-mutation.ts';
import { ContainerCountsText } from '../../workloads/ContainerCountsText.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { applicationDetailPath } from '../application-paths.ts';
import { ReleaseStatusTag } from '../ReleaseStatusTag.tsx';
import { JobPhaseTag } from '../detail/job/JobPhaseTag.tsx';
import { ApplicationActions } from './ApplicationActions.tsx';
import { listedJobStatus } from './listed-job-status.utils.ts';

/** Date over time: the column is narrow enough to break the moment at its space. */
const dateTime = (iso: string) => <span style={{ display: 'inline-block', maxWidth: 80 }}>{formatDateTime(iso)}</span>;

/** The Application List's columns, exactly the guide's. */
export function applicationColumns(
  onOperation: (operation: ApplicationOperation, applicationId: string) => void,
): TableColumnsType<ApplicationSummary> {
  return [
    {
      title: 'Name',
      key: 'name',
      width: 140,
      render: (_, a) => (
        <Link to={applicationDetailPath(a.metadata.id)} style={{ wordBreak: 'break-all' }}>
          {a.metadata.name}
        </Link>
      ),
    },
    {
      title: 'Description',
      key: 'description',
      ellipsis: { showTitle: true },
      render: (_, a) => a.spec.description || '-',
    },
    {
      title: 'Status',
      key: 'status',
      width: 130,
      render: (_, a) => (
        <Flex vertical gap={4} align="start">
          <WorkloadPhaseTag phase={a.status.phase} reason={a.status.reason} />
          <ReleaseStatusTag status={a.status.releaseStatus} />
          {a.status.job && <JobPhaseTag {...listedJobStatus(a.status.job, a.spec.schedule)} />}
        </Flex>
      ),
    },
    {
      title: 'Container Status',
      key: 'containers',
      width: 120,
      render: (_, a) => <ContainerCountsText counts={a.status.containerCounts} />,
    },
    { title: 'Time Created', key: 'createdAt', width: 95, render: (_, a) => dateTime(a.metadata.createdAt) },
    { title: 'Time Updated', key: 'updatedAt', width: 95, render: (_, a) => dateTime(a.metadata.updatedAt) },
    {
      title: 'Action',
      key: 'action',
      width: 320,
      fixed: 'right',
      render: (_, a) => <ApplicationActions application={a} onOperation={onOperation} />,
    },
  ];
}
