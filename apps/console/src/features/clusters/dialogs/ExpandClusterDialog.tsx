import { Alert, App, Form, InputNumber, Modal, Select } from 'antd';
import { ClusterExpandRequestSchema } from '@cs/contracts';
import type { ClusterDto, ClusterExpandRequest } from '@cs/contracts';
import { useClusterExpandMutation } from '../../../data/clusters/cluster-expand-mutation.ts';
import { useQuotas } from '../../../data/quotas/quotas-query.ts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { contractRule } from '../../../forms/contract-rule.ts';
import { LogonPasswordFields } from '../../../forms/LogonPasswordFields.tsx';
import { useFormFailure } from '../../../forms/use-form-failure.ts';
import { expansionRoom, regionName } from '../clusters.utils.ts';
import {
  DEFAULT_OPERATING_SYSTEM,
  OPERATING_SYSTEM_OPTIONS,
  expansionZones,
  groupedInstanceTypeOptions,
} from '../node-spec.utils.ts';

const FIELDS = ['zone', 'instanceType', 'operatingSystem', 'quantity', 'password', 'confirmPassword'] as const;
const shape = ClusterExpandRequestSchema.shape;
const toRequest = (values: Record<string, unknown>) => values;
const INSTANCE_TYPE_OPTIONS = groupedInstanceTypeOptions();

interface ExpandClusterDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** More > Expand: new Pay-As-You-Go nodes, in the cluster's zone or another (a cross-zone cluster). */
export function ExpandClusterDialog({ cluster, onClose }: ExpandClusterDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ClusterExpandRequest>();
  const failure = useFormFailure(form, FIELDS);
  const expand = useClusterExpandMutation();
  const { spec, metadata } = cluster;
  const { nodesPerCluster } = useQuotas();
  const { room, note } = expansionRoom(cluster, nodesPerCluster);
  const full = room === 0;
  const zones = expansionZones({ region: spec.region, zone: spec.zone, vpcId: spec.vpc?.vpcId });
  const zone = Form.useWatch('zone', form);
  const crossZone = zones.find((z) => z.zone === zone)?.crossZone ?? false;

  const submit = (values: ClusterExpandRequest) => {
    failure.clear();
    expand.mutate(
      { id: metadata.id, body: values },
      {
        onSuccess: () => {
          void message.success(`Expanding cluster ${metadata.name} by ${values.quantity} instance(s).`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Expand"
      width={640}
      okText="Expand"
      okButtonProps={{ htmlType: 'submit', form: 'expand-cluster', disabled: full }}
      confirmLoading={expand.isPending}
      onCancel={onClose}
    >
      <Alert
        type={full ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title="Instances added to the cluster are Pay-As-You-Go instances."
        description={note}
      />
      <Form<ClusterExpandRequest>
        name="expand-cluster"
        form={form}
        layout="horizontal"
        labelCol={{ span: 7 }}
        wrapperCol={{ span: 17 }}
        onFinish={submit}
        disabled={expand.isPending || full}
        initialValues={{
          zone: spec.zone,
          instanceType: spec.nodes?.instanceType ?? 'ecs.n1.small',
          operatingSystem: spec.nodes?.operatingSystem ?? DEFAULT_OPERATING_SYSTEM,
          quantity: 1,
        }}
      >
        <Form.Item label="Region">{regionName(spec.region)}</Form.Item>
        <Form.Item label="Zone" name="zone" rules={[contractRule(shape.zone)]}>
          <Select
            options={zones.map((z) => ({
              value: z.zone,
              disabled: Boolean(z.problem),
              label: z.problem ? `${z.zone} (${z.problem})` : z.zone,
            }))}
          />
        </Form.Item>
        {crossZone && (
          <Form.Item wrapperCol={{ offset: 7, span: 17 }}>
            <Alert
              type="info"
              showIcon
              title="Cross-zone cluster"
              description={`The cluster's nodes are in ${spec.zone}. New nodes in ${zone} spread the cluster over several zones, so its applications stay available when one zone fails.`}
            />
          </Form.Item>
        )}
        <Form.Item label="Operating System" name="operatingSystem" rules={[contractRule(shape.operatingSystem)]}>
          <Select options={OPERATING_SYSTEM_OPTIONS} />
        </Form.Item>
        <Form.Item label="Instance Type" name="instanceType" rules={[contractRule(shape.instanceType)]}>
          <Select options={INSTANCE_TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="Instance Quantity"
          name="quantity"
          extra={full ? undefined : `Up to ${room} more for this cluster.`}
          rules={[contractRule(shape.quantity), { type: 'number', max: room, message: note }]}
        >
          <InputNumber min={1} max={Math.max(1, room)} precision={0} suffix="set(s)" />
        </Form.Item>
        <LogonPasswordFields
          passwordName={['password']}
          confirmName={['confirmPassword']}
          schema={ClusterExpandRequestSchema}
          toRequest={toRequest}
        />
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}
