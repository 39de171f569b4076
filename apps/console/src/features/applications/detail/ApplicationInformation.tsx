import { Card, Descriptions } from 'antd';
import type { ApplicationDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { useClusterQuery } from '../../../data/clusters/cluster-query.ts';
import { ContainerCountsText } from '../../workloads/ContainerCountsText.tsx';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { UPDATE_METHODS } from '../create/create-application.utils.ts';

/** Basic Information of an application: name, version, status (with why it failed), cluster, times. */
export function ApplicationInformation({ application }: { application: ApplicationDto }) {
  const { metadata, spec, status } = application;
  const cluster = useClusterQuery({ id: spec.clusterId });
  return (
    <Card title="Basic Information" size="small" role="region" aria-label="Basic Information">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'name', label: 'Name', children: metadata.name },
          { key: 'version', label: 'Version', children: spec.version },
          {
            key: 'status',
            label: 'Status',
            children: (
              <span>
                <WorkloadPhaseTag phase={status.phase} reason={status.reason} />
                {status.reason && (
                  <span style={{ marginInlineStart: 8, color: 'rgba(0, 0, 0, 0.65)' }}>{status.reason}</span>
                )}
              </span>
            ),
          },
          { key: 'cluster', label: 'Cluster', children: cluster.data?.metadata.name ?? spec.clusterId },
          {
            key: 'updateMethod',
            label: 'Update Method',
            children: UPDATE_METHODS.find((u) => u.value === spec.updateMethod)?.label ?? spec.updateMethod,
          },
          {
            key: 'containers',
            label: 'Container Status',
            children: <ContainerCountsText counts={status.containerCounts} />,
          },
          { key: 'created', label: 'Time Created', children: formatDateTime(metadata.createdAt) },
          { key: 'updated', label: 'Time Updated', children: formatDateTime(metadata.updatedAt) },
          { key: 'pull', label: 'Pull Docker Image', children: spec.pullImage ? 'Yes' : 'No' },
          { key: 'description', label: 'Description', span: 'filled', children: spec.description || '-' },
        ]}
      />
    </Card>
  );
}
