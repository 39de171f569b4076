import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Flex, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { AlarmRuleDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAlarmInstanceQuery } from '../../data/alarms/alarm-instance-query.ts';
import { useAlarmRuleActionMutation } from '../../data/alarms/alarm-rule-action-mutation.ts';
import { useAlarmRulesQuery } from '../../data/alarms/alarm-rules-query.ts';
import { useClustersQuery } from '../../data/clusters/clusters-query.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { ClusterSelect } from '../nodes/ClusterSelect.tsx';
import { AlarmHistoryTable } from './AlarmHistoryTable.tsx';
import { AlarmRuleDialog } from './AlarmRuleDialog.tsx';
import { alarmRuleColumns } from './alarmRuleColumns.tsx';
import type { AlarmRuleAction } from './alarmRuleColumns.tsx';
import { parseInstanceParam } from './alarm-paths.ts';

const PAGE_SIZE = 20;
type Dialog = { kind: 'new' } | { kind: 'modify'; rule: AlarmRuleDto } | undefined;

/** Alarm rules of a cluster (`?clusterId=`, optionally one `?instance=`), and their Alarm history. */
export function AlarmRulesPage() {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const clusters = useClustersQuery({});
  const clusterId = params.get('clusterId') ?? '';
  const firstId = clusters.data?.items[0]?.metadata.id;
  const instance = useMemo(() => parseInstanceParam(params.get('instance')), [params]);
  const instanceView = useAlarmInstanceQuery(clusterId, instance);
  const tab = params.get('tab') === 'history' ? 'history' : 'rules';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const ruleId = params.get('ruleId') ?? undefined;
  const [dialog, setDialog] = useState<Dialog>(params.get('new') === '1' ? { kind: 'new' } : undefined);

  useEffect(() => {
    if (!clusterId && firstId) setParams({ clusterId: firstId }, { replace: true });
  }, [clusterId, firstId, setParams]);

  const rules = useAlarmRulesQuery(
    { clusterId, instanceId: instance?.id, page, pageSize: PAGE_SIZE },
    { enabled: Boolean(clusterId) },
  );
  const act = useAlarmRuleActionMutation();
  const update = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    next.delete('new');
    setParams(next);
  };

  const columns = useMemo(
    () =>
      alarmRuleColumns((action: AlarmRuleAction, rule) => {
        if (action === 'modify') return setDialog({ kind: 'modify', rule });
        const run = () =>
          act.mutateAsync({ id: rule.metadata.id, action }).catch((error: unknown) => {
            void message.error(failureMessage(error));
          });
        if (action !== 'delete') return void run();
        modal.confirm({
          title: 'Delete Alarm Rule',
          content: `Are you sure you want to delete the alarm rule ${rule.metadata.name}? Its alarm history is deleted with it.`,
          okText: 'OK',
          okButtonProps: { danger: true },
          onOk: run,
        });
      }),
    [act, message, modal],
  );

  const closeDialog = () => {
    setDialog(undefined);
    if (params.get('new')) update({});
  };

  return (
    <>
      <PageHeading
        title="Alarm rules"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!clusterId}
            onClick={() => setDialog({ kind: 'new' })}
          >
            New Alarm Rule
          </Button>
        }
      />
      {(clusters.isError || rules.isError) && (
        <LoadFailureAlert what="The alarm rules" error={clusters.error ?? rules.error} />
      )}
      <Card>
        <Flex gap={12} align="center" style={{ marginBottom: 16 }} wrap>
          <span>Cluster:</span>
          <ClusterSelect
            clusters={clusters.data?.items}
            loading={clusters.isPending}
            value={clusterId || undefined}
            onChange={(id) => setParams({ clusterId: id })}
          />
          {instance && (
            <Tag closable onClose={() => update({ instance: undefined, page: undefined })}>
              Instance: {instanceView.data?.name ?? instance.id}
            </Tag>
          )}
          {ruleId && tab === 'history' && (
            <Tag closable onClose={() => update({ ruleId: undefined, page: undefined })}>
              Alarm rule: {rules.data?.items.find((r) => r.metadata.id === ruleId)?.metadata.name ?? ruleId}
            </Tag>
          )}
        </Flex>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            update({ tab: key === 'history' ? 'history' : undefined, page: undefined, ruleId: undefined })
          }
          items={[
            {
              key: 'rules',
              label: 'Alarm rules',
              children: (
                <Table<AlarmRuleDto>
                  aria-label="Alarm rules"
                  rowKey={(r) => r.metadata.id}
                  columns={columns}
                  loading={Boolean(clusterId) && rules.isPending}
                  dataSource={clusterId ? rules.data?.items : []}
                  locale={{ emptyText: 'No alarm rules yet. Click New Alarm Rule to add one.' }}
                  pagination={{
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: rules.data?.total,
                    showSizeChanger: false,
                    onChange: (p) => update({ page: String(p) }),
                  }}
                />
              ),
            },
            {
              key: 'history',
              label: 'Alarm history',
              children: clusterId && (
                <AlarmHistoryTable
                  clusterId={clusterId}
                  ruleId={ruleId}
                  page={page}
                  onPage={(p) => update({ page: String(p) })}
                />
              ),
            },
          ]}
        />
      </Card>
      {dialog && clusterId && (
        <AlarmRuleDialog
          clusterId={clusterId}
          rule={dialog.kind === 'modify' ? dialog.rule : undefined}
          preset={instanceView.data ?? (instance && { ...instance, name: instance.id })}
          onClose={closeDialog}
        />
      )}
    </>
  );
}
