import { Alert, App, Checkbox, Flex, Form, Modal } from 'antd';
import { UpgradeSystemServicesRequestSchema } from '@cs/contracts';
import type { ClusterDto, UpgradeSystemServicesRequest } from '@cs/contracts';
import type { SystemService } from '@cs/domain';
import { useClusterUpgradeSystemServicesMutation } from '../../../data/clusters/cluster-upgrade-system-services-mutation.ts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { contractRule } from '../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';

/** Each system service, its name in the console and what upgrading it does to applications. */
const SERVICES: readonly { id: SystemService; label: string; impact: string }[] = [
  {
    id: 'acsrouting',
    label: 'Routing Service',
    impact: 'Upgrade will temporarily impact your access to applications.',
  },
  {
    id: 'acslogging',
    label: 'Logging Service',
    impact: 'Upgrade will temporarily interrupt the collection of your application logs.',
  },
  {
    id: 'acsmonitoring',
    label: 'Monitoring Service',
    impact: 'Upgrade will temporarily interrupt the monitoring data of your nodes and containers.',
  },
  {
    id: 'acsvolumedriver',
    label: 'Volume Service',
    impact: 'Upgrade will temporarily impact your associated application functions.',
  },
];

const FIELDS = ['services'] as const;

interface UpgradeSystemServicesDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** More > Upgrade System Service: choose acsrouting, acslogging, acsmonitoring, acsvolumedriver. */
export function UpgradeSystemServicesDialog({ cluster, onClose }: UpgradeSystemServicesDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UpgradeSystemServicesRequest>();
  const failure = useFormFailure(form, FIELDS);
  const upgrade = useClusterUpgradeSystemServicesMutation();
  const { id, name } = cluster.metadata;

  const submit = (values: UpgradeSystemServicesRequest) => {
    failure.clear();
    upgrade.mutate(
      { id, body: values },
      {
        onSuccess: () => {
          void message.success(`Upgrading the system services of cluster ${name}.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Upgrade System Service"
      width={640}
      okText="Upgrade"
      okButtonProps={{ htmlType: 'submit', form: 'upgrade-system-services' }}
      confirmLoading={upgrade.isPending}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="During the upgrade of the system services of a cluster, your application or service might be temporarily inaccessible or abnormal."
        description="Be careful about the upgrade operation. It is recommended that you upgrade the system services when the access traffic is low or at the maintenance time."
      />
      <Form<UpgradeSystemServicesRequest>
        name="upgrade-system-services"
        form={form}
        onFinish={submit}
        disabled={upgrade.isPending}
        initialValues={{ services: [] }}
      >
        <Form.Item
          name="services"
          label="System services to upgrade"
          layout="vertical"
          rules={[contractRule(UpgradeSystemServicesRequestSchema.shape.services)]}
        >
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={12}>
              {SERVICES.map((s) => (
                <Checkbox key={s.id} value={s.id}>
                  <strong>{s.label}</strong> ({s.id}
                  {cluster.status.systemServices[s.id] ? `, now ${cluster.status.systemServices[s.id]}` : ''})
                  <div style={{ color: 'rgba(0, 0, 0, 0.55)' }}>{s.impact}</div>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}
