import { useState } from 'react';
import { App, Button, Card, Flex, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { TRIGGER_TYPES, TRIGGER_TYPE_LABELS } from '@cs/contracts';
import type { TriggerCreatedDto, TriggerDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { useTriggerMutation } from '../../../../data/triggers/trigger-mutation.ts';
import { useTriggersQuery } from '../../../../data/triggers/triggers-query.ts';
import { failureMessage } from '../../../../forms/api-failure.ts';
import { CopyOnHover } from './CopyOnHover.tsx';
import { CreateTriggerDialog } from './CreateTriggerDialog.tsx';
import { TriggerCreatedDialog } from './TriggerCreatedDialog.tsx';

const HELP =
  'A trigger is a link that carries out an action on this application when called, for example by `curl` at the end of a Jenkins job: Redeploy redeploys the application, Scale Out adds containers to a service.';

const typeOf = (t: TriggerDto) =>
  t.spec.type === 'scale-out'
    ? `${TRIGGER_TYPE_LABELS['scale-out']} (${t.spec.serviceName} +${t.spec.amount})`
    : TRIGGER_TYPE_LABELS[t.spec.type];

/** The application's Trigger table: Create Trigger, the links to copy, Delete Trigger. */
export function ApplicationTriggers({ applicationId }: { applicationId: string }) {
  const { message, modal } = App.useApp();
  const list = useTriggersQuery(applicationId);
  const change = useTriggerMutation();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TriggerCreatedDto | undefined>();
  const items = list.data?.items ?? [];
  const taken = items.map((t) => t.spec.type);

  const remove = (t: TriggerDto) =>
    modal.confirm({
      title: 'Delete Trigger',
      content: `Are you sure you want to delete the ${typeOf(t)} trigger? Calls of its link will fail.`,
      okText: 'OK',
      okButtonProps: { danger: true },
      onOk: () =>
        change
          .mutateAsync({ kind: 'delete', applicationId, triggerId: t.metadata.id })
          .then(() => void message.success(`The ${typeOf(t)} trigger is deleted.`))
          .catch((error: unknown) => void message.error(failureMessage(error))),
    });

  const columns: TableColumnsType<TriggerDto> = [
    {
      title: 'Trigger Link (move mouse over to copy)',
      key: 'link',
      render: (_, t) => <CopyOnHover text={t.status.link} label="Trigger link" />,
    },
    {
      title: 'Secret (move mouse over to copy)',
      key: 'secret',
      width: 240,
      render: (_, t) => (
        <Tooltip title="The secret is shown once, when the trigger is created. To get a new one, delete the trigger and create it again.">
          <code>{t.status.maskedSecret}</code>
        </Tooltip>
      ),
    },
    { title: 'Type', key: 'type', width: 200, render: (_, t) => typeOf(t) },
    {
      title: 'Action',
      key: 'action',
      width: 140,
      render: (_, t) => (
        <Button type="link" size="small" onClick={() => remove(t)}>
          Delete Trigger
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>Trigger</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            1. You can only have one of each trigger type.
          </Typography.Text>
          <Tooltip title={HELP}>
            <QuestionCircleOutlined aria-label="About triggers" />
          </Tooltip>
        </Flex>
      }
      extra={
        <Button onClick={() => setCreating(true)} disabled={taken.length >= TRIGGER_TYPES.length}>
          Create Trigger
        </Button>
      }
    >
      {list.isError && <LoadFailureAlert what="The triggers" error={list.error} />}
      <Table<TriggerDto>
        aria-label="Triggers"
        rowKey={(t) => t.metadata.id}
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{
          emptyText: 'No trigger yet. Create Trigger makes a link that redeploys or scales out this application.',
        }}
      />
      {creating && (
        <CreateTriggerDialog
          applicationId={applicationId}
          taken={taken}
          onClose={() => setCreating(false)}
          onCreated={(trigger) => {
            setCreating(false);
            setCreated(trigger);
          }}
        />
      )}
      {created && <TriggerCreatedDialog trigger={created} onClose={() => setCreated(undefined)} />}
    </Card>
  );
}
