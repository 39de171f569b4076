import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ServiceDto } from '@cs/contracts';
import { ContainerCountsText } from '../../workloads/ContainerCountsText.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { serviceDetailPath } from '../service-paths.ts';
import { serviceImageText } from '../services.utils.ts';
import type { ServiceOperation } from '../services.utils.ts';
import { ServiceActions } from './ServiceActions.tsx';

const CATEGORY_NOTES: Partial<Record<ServiceDto['spec']['category'], string>> = {
  batch: 'Offline',
  system: 'System',
};

/** Why a service failed, under its Status: two lines at most, all of it on hover. */
const FAILURE_REASON = {
  color: 'rgba(0, 0, 0, 0.55)',
  fontSize: 12,
  marginTop: 4,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical' as const,
  overflow: 'hidden',
};

/** The Service List's columns, the guide's: Name Application Status Container Status Image Action. */
export function serviceColumns(
  onOperation: (operation: ServiceOperation, service: ServiceDto) => void,
): TableColumnsType<ServiceDto> {
  return [
    {
      title: 'Name',
      key: 'name',
      width: 170,
      render: (_, s) => {
        const note = CATEGORY_NOTES[s.spec.category];
        return (
          <>
            <Link to={serviceDetailPath(s.metadata.id)}>{s.metadata.name}</Link>
            {note && <div style={{ color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 }}>{note}</div>}
          </>
        );
      },
    },
    { title: 'Application', key: 'application', width: 150, render: (_, s) => s.spec.applicationName },
    {
      title: 'Status',
      key: 'status',
      width: 170,
      render: (_, s) => (
        <>
          <WorkloadPhaseTag phase={s.status.phase} reason={s.status.reason} />
          {s.status.phase === 'Failed' && s.status.reason && (
            <div style={FAILURE_REASON} title={s.status.reason}>
              {s.status.reason}
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Container Status',
      key: 'containers',
      width: 150,
      render: (_, s) => <ContainerCountsText counts={s.status.containerCounts} />,
    },
    {
      title: 'Image',
      key: 'image',
      ellipsis: true,
      render: (_, s) => serviceImageText(s),
    },
    {
      title: 'Action',
      key: 'action',
      width: 290,
      fixed: 'right',
      render: (_, s) => <ServiceActions service={s} onOperation={onOperation} />,
    },
  ];
}
