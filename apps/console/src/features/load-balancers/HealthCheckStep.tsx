import { Checkbox, Form, Input, InputNumber, Switch } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import { HealthCheckSchema } from '@cs/contracts';
import { HEALTH_CHECK_DOMAIN_RULE, HEALTH_CHECK_PATH_RULE, LISTENER_LIMITS, STATUS_CODES } from '@cs/domain';
import { contractRule } from '../../forms/contract-rule.ts';
import type { ListenerFormValues } from './listener-form.utils.ts';

const { shape } = HealthCheckSchema;
/** Optional fields are checked only when filled in: blank means the guide's fallback. */
const whenFilled =
  (rule: FormRule): FormRule =>
  (form) => {
    const check = typeof rule === 'function' ? rule(form) : rule;
    return {
      validator: async (meta, value: unknown) => {
        if (value === null || value === undefined || value === '') return;
        await check.validator?.(meta, value, () => {});
      },
    };
  };
const seconds = { suffix: 'Second(s)', style: { width: 180 } };

/** Step 2 of Add Listener: the health check, with the guide's ranges and defaults. */
export function HealthCheckStep({ form }: { form: FormInstance<ListenerFormValues> }) {
  const enabled = Form.useWatch(['healthCheck', 'enabled'], form);
  // The first step's fields are unmounted here: `preserve` reads their kept values.
  const frontend = Form.useWatch('frontendProtocol', { form, preserve: true });
  const isHttp = frontend === 'http' || frontend === 'https';

  return (
    <>
      <Form.Item label="Activate health check" name={['healthCheck', 'enabled']} valuePropName="checked">
        <Switch aria-label="Activate health check" checkedChildren="Activated" unCheckedChildren="Off" />
      </Form.Item>
      {enabled && isHttp && (
        <>
          <Form.Item
            label="Domain Name"
            name={['healthCheck', 'domain']}
            extra={`${HEALTH_CHECK_DOMAIN_RULE} If the domain name is left blank, the internal IP of the backend server will be used by default.`}
            rules={[whenFilled(contractRule(shape.domain))]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="Health Check Route"
            name={['healthCheck', 'path']}
            extra={`/haproxy-monitor. ${HEALTH_CHECK_PATH_RULE}`}
            rules={[whenFilled(contractRule(shape.path))]}
          >
            <Input placeholder="/haproxy-monitor" autoComplete="off" />
          </Form.Item>
        </>
      )}
      {enabled && (
        <>
          <Form.Item
            label="Health Check Port"
            name={['healthCheck', 'port']}
            extra="You may enter any port number. If a port is not specified, the backend server port will be used for health checks by default."
            rules={[whenFilled(contractRule(shape.port))]}
          >
            <InputNumber placeholder="1-65535" />
          </Form.Item>
          <Form.Item
            label="Response Timeout Duration"
            name={['healthCheck', 'timeoutSeconds']}
            extra={`${LISTENER_LIMITS.timeoutSeconds.message} The default value is 5 seconds.`}
            rules={[contractRule(shape.timeoutSeconds.unwrap())]}
          >
            <InputNumber {...seconds} />
          </Form.Item>
          <Form.Item
            label="Health Check Time Interval"
            name={['healthCheck', 'intervalSeconds']}
            extra={`${LISTENER_LIMITS.intervalSeconds.message} The default value is 2 seconds.`}
            rules={[contractRule(shape.intervalSeconds.unwrap())]}
          >
            <InputNumber {...seconds} />
          </Form.Item>
          <Form.Item
            label="Unhealthy Threshold Value"
            name={['healthCheck', 'unhealthyThreshold']}
            extra="The number of consecutive failed cloud server health checks (2-10)."
            rules={[contractRule(shape.unhealthyThreshold.unwrap())]}
          >
            <InputNumber />
          </Form.Item>
          <Form.Item
            label="Healthy Threshold Value"
            name={['healthCheck', 'healthyThreshold']}
            extra="The number of consecutive successful cloud server health checks (2-10)."
            rules={[contractRule(shape.healthyThreshold.unwrap())]}
          >
            <InputNumber />
          </Form.Item>
          {isHttp && (
            <Form.Item
              label="Normal Status Code"
              name={['healthCheck', 'statusCodes']}
              extra="Status code represents normal health check."
              rules={[{ required: true, type: 'array', min: 1, message: 'Select at least one normal status code.' }]}
            >
              <Checkbox.Group options={STATUS_CODES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}
