import { Alert, Descriptions, Modal } from 'antd';
import { TRIGGER_TYPE_LABELS } from '@cs/contracts';
import type { TriggerCreatedDto } from '@cs/contracts';
import { CopyOnHover } from './CopyOnHover.tsx';

/** The one time a trigger's secret and full link are shown: right after Create Trigger. */
export function TriggerCreatedDialog({ trigger, onClose }: { trigger: TriggerCreatedDto; onClose: () => void }) {
  return (
    <Modal
      open
      title={`${TRIGGER_TYPE_LABELS[trigger.spec.type]} trigger created`}
      okText="I have copied the link"
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={720}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="Copy the trigger link now: its secret will not be shown again."
        description="The console keeps only a digest of the secret. If you lose the link, delete this trigger and create a new one."
      />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          {
            key: 'link',
            label: 'Trigger Link (move mouse over to copy)',
            children: <CopyOnHover text={trigger.linkWithSecret} label="Trigger link" />,
          },
          {
            key: 'secret',
            label: 'Secret (move mouse over to copy)',
            children: <CopyOnHover text={trigger.secret} label="Secret" />,
          },
          {
            key: 'curl',
            label: 'Call it (as in a Jenkins job)',
            children: <CopyOnHover text={`curl '${trigger.linkWithSecret}'`} label="curl command" />,
          },
        ]}
      />
    </Modal>
  );
}
