import { Button, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { NodeScalingAlarmRuleDto } from '@cs/contracts';

interface NodeScalingAlarmRulesTableProps {
  rules: NodeScalingAlarmRuleDto[];
  loading: boolean;
  busy: boolean;
  onModify: () => void;
  onToggle: (rule: NodeScalingAlarmRuleDto) => void;
  onDelete: () => void;
}

/** The guide's columns: Monitor item, Rule Description, Periods, Notification object, Status, Enable, operating. */
export function NodeScalingAlarmRulesTable({
  rules,
  loading,
  busy,
  onModify,
  onToggle,
  onDelete,
}: NodeScalingAlarmRulesTableProps) {
  const columns: TableColumnsType<NodeScalingAlarmRuleDto> = [
    { title: 'Rule ID', dataIndex: 'id', key: 'id' },
    { title: 'Monitor item', dataIndex: 'monitorItem', key: 'monitorItem' },
    { title: 'Rule Description', dataIndex: 'description', key: 'description' },
    { title: 'Periods', dataIndex: 'periods', key: 'periods' },
    { title: 'Notification object', dataIndex: 'notificationObject', key: 'notificationObject' },
    {
      title: 'Status',
      key: 'status',
      render: (_, r) => <Tag color={r.status === 'alarm' ? 'red' : 'green'}>{r.status}</Tag>,
    },
    { title: 'Enable', key: 'enabled', render: (_, r) => (r.enabled ? 'activated' : 'disabled') },
    {
      title: 'operating',
      key: 'operating',
      render: (_, r) => (
        <Flex gap={8}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={onModify}>
            Modify
          </Button>
          <Button type="link" size="small" style={{ padding: 0 }} disabled={busy} onClick={() => onToggle(r)}>
            {r.enabled ? 'disable' : 'Enable'}
          </Button>
          <Button type="link" size="small" danger style={{ padding: 0 }} onClick={onDelete}>
            delete
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <Table<NodeScalingAlarmRuleDto>
      aria-label="Container Service Alarm Rule list"
      rowKey="id"
      rowSelection={{}}
      columns={columns}
      dataSource={rules}
      loading={loading}
      pagination={{ pageSize: 10, showTotal: (total) => `Total ${total}` }}
    />
  );
}
