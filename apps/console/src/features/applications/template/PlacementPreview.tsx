import { Alert, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PlacementPreviewRequest, ServicePlacement } from '@cs/contracts';
import { usePlacementPreviewQuery } from '../../../data/applications/placement-preview-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { useDebouncedValue } from './use-debounced-value.ts';

/** Typing pauses this long before the scheduler is asked again. */
const PREVIEW_DELAY_MS = 400;

const COLUMNS: TableColumnsType<ServicePlacement> = [
  { title: 'Service', key: 'service', width: 160, render: (_, s) => <strong>{s.service}</strong> },
  {
    title: 'Containers',
    key: 'containers',
    width: 120,
    render: (_, s) => (s.global ? `${s.containers} (one per node)` : s.containers),
  },
  {
    title: 'Nodes',
    key: 'nodes',
    render: (_, s) =>
      s.error ? (
        <span role="alert" style={{ color: '#ff4d4f' }}>
          {s.error}
        </span>
      ) : (
        <Flex gap={4} wrap>
          {s.nodes.map((n) => (
            <Tag key={n.nodeId} style={{ marginInlineEnd: 0 }}>
              {n.nodeName} ({n.zone}): {n.containers}
            </Tag>
          ))}
        </Flex>
      ),
  },
  {
    title: 'Warnings',
    key: 'warnings',
    width: 280,
    render: (_, s) => (s.warnings.length === 0 ? '-' : s.warnings.map((w) => <div key={w}>{w}</div>)),
  },
];

interface PlacementPreviewProps {
  /** What to place: undefined until there is a cluster and a template. */
  request: PlacementPreviewRequest | undefined;
}

/** Where the scheduler would put each service's containers, node by node, or which rule stops it. */
export function PlacementPreview({ request }: PlacementPreviewProps) {
  const settled = useDebouncedValue(request, PREVIEW_DELAY_MS);
  const preview = usePlacementPreviewQuery(settled);
  const data = preview.data;

  if (!settled) return <p style={{ margin: 0, color: 'rgba(0, 0, 0, 0.45)' }}>Choose a cluster and a template.</p>;
  if (preview.isError) return <Alert type="warning" showIcon title={failureMessage(preview.error)} />;
  return (
    <Flex vertical gap={12} role="region" aria-label="Placement preview">
      {data && data.diagnostics.some((d) => d.severity === 'error') && (
        <Alert type="warning" showIcon title="Fix the template's errors to see where its containers will run." />
      )}
      {data && data.unset.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`Enter values for ${data.unset.join(', ')} to see where the containers will run.`}
        />
      )}
      <Table<ServicePlacement>
        aria-label="Placement of the services"
        size="small"
        rowKey="service"
        columns={COLUMNS}
        dataSource={data?.services}
        loading={preview.isFetching}
        pagination={false}
        locale={{ emptyText: 'No service to place.' }}
      />
    </Flex>
  );
}
