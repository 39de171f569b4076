import { Alert, App, Breadcrumb, Button, Card } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useClusterQuery } from '../../../data/clusters/cluster-query.ts';
import { useNodeScalingAlarmRulesQuery } from '../../../data/node-scaling/node-scaling-alarm-rules-query.ts';
import { useNodeScalingAlarmToggleMutation } from '../../../data/node-scaling/node-scaling-alarm-toggle-mutation.ts';
import { useNodeScalingRuleDeleteMutation } from '../../../data/node-scaling/node-scaling-rule-delete-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { clusterMonitorPath } from '../../monitoring/monitoring-paths.ts';
import { clusterDetailPath } from '../cluster-paths.ts';
import { NodeScalingAlarmRulesTable } from './NodeScalingAlarmRulesTable.tsx';

export const NO_ALARM_RULE_NOTE =
  'If no alarm rule is displayed, update the access authorization information of the cluster (in the Cluster List page, select the desired cluster, click More > Update RAM Authorization Information). Activate the RAM service before update the authorization information; otherwise, error message will be displayed.';

/** Monitor > View all rules: the alarm rules of the cluster's node auto scaling. */
export function NodeScalingAlarmRulesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const cluster = useClusterQuery({ id });
  const rules = useNodeScalingAlarmRulesQuery({ clusterId: id });
  const toggle = useNodeScalingAlarmToggleMutation(id);
  const remove = useNodeScalingRuleDeleteMutation(id);
  const name = cluster.data?.metadata.name ?? id;
  const items = rules.data?.items ?? [];

  const confirmDelete = () =>
    modal.confirm({
      title: 'delete',
      content: `Both alarm rules belong to the node scaling rule of cluster ${name}. Delete the node scaling rule?`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: () =>
        remove.mutateAsync({ clusterId: id }).catch((error: unknown) => void message.error(failureMessage(error))),
    });

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/clusters">Cluster List</Link> },
          { title: <Link to={clusterMonitorPath(id)}>{name}</Link> },
          { title: 'Alarm Rules' },
        ]}
      />
      <PageHeading
        title="Container Service Alarm Rule list"
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} loading={rules.isFetching} onClick={() => void rules.refetch()}>
            Refresh
          </Button>
        }
      />
      {rules.isError && <LoadFailureAlert what="The alarm rules" error={rules.error} />}
      <Card>
        {rules.data && items.length === 0 && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={NO_ALARM_RULE_NOTE} />
        )}
        <NodeScalingAlarmRulesTable
          rules={items}
          loading={rules.isPending}
          busy={toggle.isPending}
          onModify={() => void navigate(clusterDetailPath(id, 'node-scaling'))}
          onToggle={(rule) =>
            toggle.mutate(
              {
                clusterId: id,
                direction: rule.direction,
                enabled: !rule.enabled,
                resourceVersion: rule.resourceVersion,
              },
              { onError: (error) => void message.error(failureMessage(error)) },
            )
          }
          onDelete={confirmDelete}
        />
      </Card>
    </>
  );
}
