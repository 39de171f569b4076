import { Button, Flex, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { NodeScalingRuleDto } from '@cs/contracts';
import { ruleCells } from './node-scaling-form.utils.ts';

interface NodeScalingRuleTableProps {
  rule: NodeScalingRuleDto;
  onModify: () => void;
  onDelete: () => void;
}

/** "Auto Scaling:" — the guide's list: Metrics, Scaling Step, Scaling Range, Instance Type, Action. */
export function NodeScalingRuleTable({ rule, onModify, onDelete }: NodeScalingRuleTableProps) {
  const cells = ruleCells(rule);
  const columns: TableColumnsType<NodeScalingRuleDto> = [
    { title: 'Metrics', key: 'metrics', render: () => cells.metrics },
    { title: 'Scaling Step', key: 'step', render: () => cells.step },
    { title: 'Scaling Range', key: 'range', render: () => cells.range },
    { title: 'Instance Type', key: 'instanceType', render: () => cells.instanceType },
    {
      title: 'Action',
      key: 'action',
      render: () => (
        <Flex gap={8}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={onModify}>
            Modify
          </Button>
          <Button type="link" size="small" danger style={{ padding: 0 }} onClick={onDelete}>
            Delete
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <Table<NodeScalingRuleDto>
      aria-label="Auto Scaling"
      rowKey={(r) => r.metadata.id}
      columns={columns}
      dataSource={[rule]}
      pagination={false}
    />
  );
}
