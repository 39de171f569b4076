import { Button, Flex, Form, InputNumber, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { ListenerRequestSchema } from '@cs/contracts';
import { FRONTEND_PROTOCOLS, LISTENER_LIMITS } from '@cs/domain';
import { useCertificatesQuery } from '../../data/load-balancers/certificates-query.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { PROTOCOL_LABEL, SCHEDULER_LABEL } from './load-balancers.utils.ts';
import { backendFor } from './listener-form.utils.ts';
import type { ListenerFormValues } from './listener-form.utils.ts';

const { shape } = ListenerRequestSchema;
const PROTOCOL_OPTIONS = FRONTEND_PROTOCOLS.map((p) => ({ value: p, label: PROTOCOL_LABEL[p] }));
const PORT_HINT = LISTENER_LIMITS.port.message;

interface ListenerConfigurationStepProps {
  form: FormInstance<ListenerFormValues>;
  region: string;
  onCreateCertificate: () => void;
}

/** Step 1 of Add Listener: protocols and ports, Peak Bandwidth, Forwarding Rules, Server Certificate, activation. */
export function ListenerConfigurationStep({ form, region, onCreateCertificate }: ListenerConfigurationStepProps) {
  const frontend = Form.useWatch('frontendProtocol', form);
  const limited = Form.useWatch('bandwidthLimited', form);
  const certificates = useCertificatesQuery({ region, pageSize: 100 }, { enabled: frontend === 'https' });
  const servers = certificates.data?.items.filter((c) => c.spec.type === 'server') ?? [];

  return (
    <>
      <Form.Item label="Frontend Protocol [Port]" required extra={PORT_HINT}>
        <Space.Compact>
          <Form.Item name="frontendProtocol" noStyle>
            <Select
              aria-label="Frontend Protocol"
              options={PROTOCOL_OPTIONS}
              style={{ width: 110 }}
              onChange={(p: ListenerFormValues['frontendProtocol']) =>
                form.setFieldValue('backendProtocol', backendFor(p))
              }
            />
          </Form.Item>
          <Form.Item name="frontendPort" noStyle rules={[contractRule(shape.frontendPort)]}>
            <InputNumber aria-label="Frontend Port" placeholder="1-65535" style={{ width: 140 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item
        label="Backend Protocol [Port]"
        required
        extra={`${PORT_HINT} When the frontend protocol is HTTPS, the backend protocol is HTTP.`}
      >
        <Space.Compact>
          <Form.Item name="backendProtocol" noStyle>
            <Select aria-label="Backend Protocol" options={PROTOCOL_OPTIONS} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="backendPort" noStyle rules={[contractRule(shape.backendPort)]}>
            <InputNumber aria-label="Backend Port" placeholder="1-65535" style={{ width: 140 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="Peak Bandwidth" extra={LISTENER_LIMITS.bandwidth.message}>
        <Flex gap={12} align="center">
          <Form.Item name="bandwidthLimited" valuePropName="checked" noStyle>
            <Switch aria-label="Configure Peak Bandwidth" checkedChildren="Configure" unCheckedChildren="Unlimited" />
          </Form.Item>
          {limited && (
            <Form.Item name="bandwidth" noStyle rules={[contractRule(shape.bandwidth.unwrap().unwrap())]}>
              <InputNumber aria-label="Peak Bandwidth" suffix="M" placeholder="1-1000" />
            </Form.Item>
          )}
        </Flex>
      </Form.Item>
      <Form.Item label="Forwarding Rules" name="scheduler">
        <Select
          aria-label="Forwarding Rules"
          options={Object.entries(SCHEDULER_LABEL).map(([value, label]) => ({ value, label }))}
          style={{ width: 260 }}
        />
      </Form.Item>
      {frontend === 'https' && (
        <Form.Item label="Server Certificate" required>
          <Flex gap={8}>
            <Form.Item
              name="certificateId"
              noStyle
              rules={[{ required: true, message: 'Select a server certificate.' }]}
            >
              <Select
                aria-label="Server Certificate"
                loading={certificates.isPending}
                placeholder="Select a server certificate"
                options={servers.map((c) => ({ value: c.metadata.id, label: c.metadata.name }))}
                style={{ width: 260 }}
              />
            </Form.Item>
            <Button onClick={onCreateCertificate}>Create Certificate</Button>
          </Flex>
        </Form.Item>
      )}
      <Form.Item label="Activate listener automatically" name="activate" valuePropName="checked">
        <Switch aria-label="Activate listener automatically" checkedChildren="Activated" unCheckedChildren="Off" />
      </Form.Item>
    </>
  );
}
