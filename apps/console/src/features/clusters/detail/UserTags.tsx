import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ClusterDto, NodeDto } from '@cs/contracts';
import { useNodesQuery } from '../../../data/nodes/nodes-query.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { NodeStatusTag } from '../../nodes/NodeStatusTag.tsx';
import { tagKeysOf, userTagLabels } from '../../nodes/nodes.utils.ts';
import { AddTagDialog } from './AddTagDialog.tsx';
import { DeleteTagDialog } from './DeleteTagDialog.tsx';

const secondary = { color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 };

const COLUMNS: TableColumnsType<NodeDto> = [
  {
    title: 'IP Address',
    key: 'ip',
    render: (_, n) => n.status.privateIp,
  },
  {
    title: 'Instance ID/Name',
    key: 'instance',
    render: (_, n) => (
      <>
        <div>{n.spec.instanceId}</div>
        <div style={secondary}>{n.metadata.name}</div>
      </>
    ),
  },
  { title: 'Zone', key: 'zone', render: (_, n) => n.spec.zone },
  { title: 'Status', key: 'status', render: (_, n) => <NodeStatusTag node={n} /> },
  {
    title: 'User Tag',
    key: 'tags',
    render: (_, n) => {
      const labels = userTagLabels(n.spec.tags);
      return labels.length === 0 ? (
        <span style={secondary}>None</span>
      ) : (
        <Flex gap={4} wrap>
          {labels.map((label) => (
            <Tag key={label} color="blue" style={{ marginInlineEnd: 0 }}>
              {label}
            </Tag>
          ))}
        </Flex>
      );
    },
  },
];

/** User Tags: tag nodes so services can be deployed on them with `constraint:key==value`. */
export function UserTags({ cluster }: { cluster: ClusterDto }) {
  const clusterId = cluster.metadata.id;
  const nodes = useNodesQuery({ clusterId });
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'add' | 'delete' | undefined>();
  const items = nodes.data?.items ?? [];
  // Nodes that left the cluster drop out of the selection.
  const selectedIds = selected.filter((id) => items.some((n) => n.metadata.id === id));
  const selectedKeys = tagKeysOf(items.filter((n) => selectedIds.includes(n.metadata.id)));
  const noSelection = selectedIds.length === 0 ? 'Select the nodes first.' : undefined;
  const noTags = noSelection ?? (selectedKeys.length === 0 ? 'The selected nodes have no tags.' : undefined);

  return (
    <Card title="User Tags">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="To deploy a service on specified nodes, tag them and use the constraint keyword in the orchestration template, for example constraint:group==1 deploys on all nodes with the group:1 tag."
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>
              A deployment constraint is only valid for creating new containers; it does not work for updating the
              configurations of existing containers.
            </li>
            <li>
              After you use a user tag to deploy a service, deleting the user tag will not affect the service deployed,
              but it will affect the next deployment of the service. Proceed with caution when deleting user tags.
            </li>
          </ul>
        }
      />
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Tooltip title={noSelection}>
          <Button type="primary" disabled={noSelection !== undefined} onClick={() => setDialog('add')}>
            Add Tag
          </Button>
        </Tooltip>
        <Tooltip title={noTags}>
          <Button disabled={noTags !== undefined} onClick={() => setDialog('delete')}>
            Delete Tag
          </Button>
        </Tooltip>
      </Flex>
      {nodes.isError && (
        <Alert type="error" showIcon title={failureMessage(nodes.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<NodeDto>
        aria-label="Nodes and their user tags"
        rowKey={(n) => n.metadata.id}
        columns={COLUMNS}
        dataSource={items}
        loading={nodes.isPending}
        pagination={false}
        locale={{ emptyText: 'This cluster has no nodes.' }}
        rowSelection={{
          selectedRowKeys: selectedIds,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (n) => ({ 'aria-label': `Select ${n.status.privateIp}` }),
        }}
      />
      {dialog === 'add' && (
        <AddTagDialog clusterId={clusterId} nodeIds={selectedIds} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'delete' && (
        <DeleteTagDialog
          clusterId={clusterId}
          nodeIds={selectedIds}
          keys={selectedKeys}
          onClose={() => setDialog(undefined)}
        />
      )}
    </Card>
  );
}
