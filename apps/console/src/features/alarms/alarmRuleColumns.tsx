import { Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { describeAlarmCondition } from '@cs/contracts';
import type { AlarmRuleDto } from '@cs/contracts';
import { alarmRulesPath } from './alarm-paths.ts';
import { AlarmStatusTag } from './AlarmStatusTag.tsx';

export type AlarmRuleAction = 'modify' | 'enable' | 'disable' | 'delete';

const SHOWN_INSTANCES = 2;

/** The Alarm rules list: Name, Instances, Rule description, Status, Enabled, and its actions. */
export function alarmRuleColumns(
  onAction: (action: AlarmRuleAction, rule: AlarmRuleDto) => void,
): TableColumnsType<AlarmRuleDto> {
  return [
    { title: 'Name', key: 'name', render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.metadata.name}</span> },
    {
      title: 'Instances',
      key: 'instances',
      render: (_, r) => {
        const names = r.spec.instances.map((i) => i.name);
        const more = names.length - SHOWN_INSTANCES;
        return `${names.slice(0, SHOWN_INSTANCES).join(', ')}${more > 0 ? ` and other ${more} Instances` : ''}`;
      },
    },
    {
      title: 'Rule description',
      key: 'description',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.spec.conditions.map((c, i) => (
            <span key={i}>{describeAlarmCondition(c)}</span>
          ))}
        </Space>
      ),
    },
    { title: 'Status', key: 'status', render: (_, r) => <AlarmStatusTag status={r.status.phase} /> },
    { title: 'Enabled', key: 'enabled', render: (_, r) => (r.spec.enabled ? 'Yes' : 'No') },
    {
      title: 'Action',
      key: 'action',
      render: (_, r) => {
        const name = r.metadata.name;
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" aria-label={`Modify ${name}`} onClick={() => onAction('modify', r)}>
              Modify
            </Button>
            <Button
              type="link"
              size="small"
              aria-label={`${r.spec.enabled ? 'Disable' : 'Enable'} ${name}`}
              onClick={() => onAction(r.spec.enabled ? 'disable' : 'enable', r)}
            >
              {r.spec.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button type="link" size="small" danger aria-label={`Delete ${name}`} onClick={() => onAction('delete', r)}>
              Delete
            </Button>
            <Link
              to={alarmRulesPath(r.spec.clusterId, { tab: 'history', ruleId: r.metadata.id })}
              aria-label={`Alarm history of ${name}`}
            >
              Alarm history
            </Link>
          </Space>
        );
      },
    },
  ];
}
