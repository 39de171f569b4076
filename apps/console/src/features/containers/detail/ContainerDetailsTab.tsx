import { Descriptions } from 'antd';
import type { ContainerDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';

/** Details: what the container is and where it runs, as `docker inspect` would summarise it. */
export function ContainerDetailsTab({ container }: { container: ContainerDto }) {
  const { metadata, spec, status } = container;
  return (
    <Descriptions
      column={2}
      size="small"
      items={[
        { key: 'id', label: 'ID', children: <code>{metadata.id}</code>, span: 2 },
        { key: 'status', label: 'Status', children: status.phase },
        { key: 'health', label: 'Health Check', children: status.health ?? '-' },
        { key: 'image', label: 'Image', children: spec.image },
        { key: 'digest', label: 'Image Digest', children: status.imageDigest ?? '-' },
        { key: 'hostname', label: 'Hostname', children: spec.hostname },
        { key: 'application', label: 'Application', children: spec.applicationName },
        { key: 'containerIp', label: 'Container IP', children: status.containerIp || '-' },
        { key: 'nodeIp', label: 'Node IP', children: status.nodeIp || '-' },
        { key: 'restarts', label: 'Restart Count', children: status.restartCount },
        { key: 'exitCode', label: 'Exit Code', children: status.exitCode ?? '-' },
        {
          key: 'started',
          label: 'Started',
          children: status.startedAt ? formatDateTime(status.startedAt) : '-',
        },
        { key: 'created', label: 'Time Created', children: formatDateTime(metadata.createdAt) },
      ]}
    />
  );
}
