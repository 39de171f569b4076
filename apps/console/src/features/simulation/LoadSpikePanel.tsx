import { App, Button, Card, Form, InputNumber, Select, Table } from 'antd';
import { Link } from 'react-router';
import { LoadSpikeRequestSchema } from '@cs/contracts';
import type { LoadSpikeDto, LoadSpikeRequest, ServiceDto } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useLoadSpikeMutation } from '../../data/metrics/load-spike-mutation.ts';
import { useLoadSpikesQuery } from '../../data/metrics/load-spikes-query.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { serviceMonitorPath } from '../monitoring/monitoring-paths.ts';
import { serviceLabel } from './simulation.utils.ts';

const FIELDS = ['serviceId', 'factor', 'minutes'] as const;
const { shape } = LoadSpikeRequestSchema;

interface LoadSpikePanelProps {
  clusterId: string;
  /** The selected cluster's services. */
  services: readonly ServiceDto[];
  servicesLoading: boolean;
}

/** Load spike: multiply a service's traffic for some minutes, so its monitoring charts (and alarms) see it. */
export function LoadSpikePanel({ clusterId, services, servicesLoading }: LoadSpikePanelProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LoadSpikeRequest>();
  const failure = useFormFailure(form, FIELDS);
  const start = useLoadSpikeMutation();
  const spikes = useLoadSpikesQuery(clusterId);
  const options = services.map((s) => ({ value: s.metadata.id, label: serviceLabel(s) }));
  // Named as the pickers name services (`wordpress_web`); a deleted service by its own name.
  const nameOf = (spike: LoadSpikeDto) => options.find((o) => o.value === spike.serviceId)?.label ?? spike.serviceName;

  const submit = (values: LoadSpikeRequest) => {
    failure.clear();
    start.mutate(values, {
      onSuccess: (spike) => {
        void message.success(
          `${nameOf(spike)} takes ${spike.factor} times its usual load until ${formatDateTime(spike.endsAt)}.`,
        );
        form.resetFields();
      },
      onError: failure.report,
    });
  };

  return (
    <Card title="Load spike">
      <p style={{ marginTop: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
        The service’s containers get a multiple of their usual traffic for a while: their CPU, network and disk rise on
        the Monitor pages, and alarm rules on them fire.
      </p>
      <Form<LoadSpikeRequest>
        name="load-spike"
        form={form}
        layout="inline"
        initialValues={{ factor: 5, minutes: 10 }}
        onFinish={submit}
        aria-label="Load spike"
      >
        <Form.Item label="Service" name="serviceId" rules={[contractRule(shape.serviceId)]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={servicesLoading}
            options={options}
            placeholder="Select a service"
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item label="Load (times usual)" name="factor" rules={[contractRule(shape.factor)]}>
          <InputNumber min={1.5} max={20} step={0.5} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label="Minutes" name="minutes" rules={[contractRule(shape.minutes)]}>
          <InputNumber min={1} max={120} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={start.isPending}>
          Start Load Spike
        </Button>
      </Form>
      <FailureAlert message={failure.message} />
      {spikes.isError && (
        <LoadFailureAlert what="The load spikes" error={spikes.error} onRetry={() => void spikes.refetch()} />
      )}
      <Table<LoadSpikeDto>
        aria-label="Load spikes"
        size="small"
        style={{ marginTop: 16 }}
        rowKey={(s) => s.id}
        dataSource={spikes.data}
        loading={spikes.isPending}
        pagination={false}
        locale={{ emptyText: 'No load spikes yet: every service has its usual traffic.' }}
        columns={[
          {
            title: 'Service',
            key: 'service',
            render: (_, s) => <Link to={serviceMonitorPath(s.serviceId)}>{nameOf(s)}</Link>,
          },
          { title: 'Load', key: 'factor', align: 'right', render: (_, s) => `${s.factor} × usual` },
          { title: 'Starts', key: 'startsAt', render: (_, s) => formatDateTime(s.startsAt) },
          { title: 'Ends', key: 'endsAt', render: (_, s) => formatDateTime(s.endsAt) },
        ]}
      />
    </Card>
  );
}
