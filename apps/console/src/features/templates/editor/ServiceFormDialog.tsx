import { useState } from 'react';
import { Checkbox, Collapse, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ServiceForm } from '@cs/compose';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { KeyValueList } from './KeyValueList.tsx';
import {
  RESTART_POLICIES,
  SERVICE_NAME,
  SERVICE_NAME_RULE,
  toFormValues,
  toServiceForm,
} from './service-form.utils.ts';
import type { ServiceFormValues } from './service-form.utils.ts';
import { WebRoutingField } from '../../applications/create/image/WebRoutingField.tsx';
import { AutoScalingFields } from '../../workloads/auto-scaling/AutoScalingFields.tsx';

/** More Settings: the service's container auto scaling (the guide: "select Enable for auto scaling"). */
function MoreSettings() {
  const enabled = Form.useWatch<boolean>('autoScalingEnabled') ?? false;
  return (
    <>
      <Form.Item label="Auto Scaling" name="autoScalingEnabled" valuePropName="checked">
        <Checkbox aria-label="Enable auto scaling">Enable</Checkbox>
      </Form.Item>
      {enabled && <AutoScalingFields prefix={['autoScaling']} enabledName="autoScalingEnabled" />}
    </>
  );
}

interface ServiceFormDialogProps {
  title: 'Edit Service' | 'Add Service';
  initial: ServiceForm;
  /** Names of the template's other services. */
  takenNames: readonly string[];
  /** Writes the service into the template; answers a message when it cannot. */
  onSubmit: (form: ServiceForm) => string | undefined;
  onCancel: () => void;
}

const tags = (placeholder: string) => (
  <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ' ']} placeholder={placeholder} />
);

/** A service's settings as a form: what the guide's Edit and Add Service dialogs set. */
export function ServiceFormDialog({ title, initial, takenNames, onSubmit, onCancel }: ServiceFormDialogProps) {
  const [form] = Form.useForm<ServiceFormValues>();
  const [failure, setFailure] = useState<string>();

  const submit = (values: ServiceFormValues) => {
    setFailure(onSubmit(toServiceForm(values, title === 'Edit Service' ? initial : undefined)));
  };

  return (
    <Modal
      open
      title={title}
      width={720}
      okText="OK"
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      styles={{ body: { maxHeight: '65vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      <FailureAlert message={failure} />
      <Form<ServiceFormValues>
        // Field ids are prefixed with the form's name: the page's template form has a Name too.
        name="service"
        form={form}
        layout="horizontal"
        labelCol={{ flex: '140px' }}
        labelWrap
        initialValues={toFormValues(initial)}
        onFinish={submit}
      >
        <Form.Item
          label="Name"
          name="name"
          rules={[
            { required: true, message: 'Enter the service name.' },
            { pattern: SERVICE_NAME, message: SERVICE_NAME_RULE },
            {
              validator: async (_rule, value: string) => {
                if (takenNames.includes(value?.trim()))
                  throw new Error(`Service ${value} already exists in the template.`);
              },
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Image" name="image" extra="repository:tag, such as nginx:latest.">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Scale" name="scale" extra="The number of containers (aliyun.scale).">
          <InputNumber min={0} max={100} precision={0} placeholder="1" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="Restart" name="restart">
          <Select allowClear options={RESTART_POLICIES.map((p) => ({ value: p, label: p }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Command" name="command">
          <Input autoComplete="off" placeholder="Overrides the image's command" />
        </Form.Item>
        <Form.Item
          label="Port Mapping"
          name="ports"
          extra="host:container[/protocol], or a container port alone (a random host port). The host port cannot be set to 9080, 2376, 3376."
        >
          {tags('80:80, 53:53/udp')}
        </Form.Item>
        <WebRoutingField />
        <Form.Item label="Expose" name="expose" extra="Ports open to linked services only.">
          {tags('80/tcp')}
        </Form.Item>
        <Form.Item label="Links" name="links">
          {tags('db:mysql')}
        </Form.Item>
        <Form.Item label="Data Volume" name="volumes" extra="host path or volume name:container path[:rw|ro].">
          {tags('/data:/var/lib/mysql')}
        </Form.Item>
        <KeyValueList name="environment" label="Environment" keyPlaceholder="Key" valuePlaceholder="Value" />
        <KeyValueList
          name="labels"
          label="Labels"
          keyPlaceholder="aliyun.probe.url"
          valuePlaceholder="Value"
          extra="aliyun.scale is set by Scale above, aliyun.auto_scaling.* by More Settings."
        />
        <Collapse
          ghost
          items={[{ key: 'more', label: 'More Settings', forceRender: true, children: <MoreSettings /> }]}
        />
      </Form>
    </Modal>
  );
}
