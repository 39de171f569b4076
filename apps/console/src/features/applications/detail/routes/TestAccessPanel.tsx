import { useMemo, useState } from 'react';
import { AutoComplete, Button, Card, Checkbox, Divider, Form, InputNumber, Select } from 'antd';
import { MAX_TEST_CLIENTS, MAX_TEST_REQUESTS, TestAccessRequestSchema } from '@cs/contracts';
import type { ServiceRoute, TestAccessResult } from '@cs/contracts';
import { FailureAlert } from '../../../../components/FailureAlert.tsx';
import { useTestAccessMutation } from '../../../../data/routes/test-access-mutation.ts';
import { contractRule } from '../../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../../forms/use-form-failure.ts';
import { TestAccessResultView } from './TestAccessResultView.tsx';
import { accessTarget, routeLoadBalancers, webEndpoints } from './routes.utils.ts';

interface TestAccessValues {
  url: string;
  /** The Server Load Balancer whose front port the URL's port is; empty: the cluster's own. */
  slb?: string;
  requests: number;
  cookieJar: boolean;
  clients: number;
}

const FIELDS = ['url', 'slb', 'requests', 'cookieJar', 'clients'] as const;
const { shape } = TestAccessRequestSchema;
const urlRules = [contractRule(shape.url)];
const requestsRules = [{ required: true, message: 'Enter how many requests to send.' }, contractRule(shape.requests)];
const clientsRules = [{ required: true, message: 'Enter how many clients send them.' }, contractRule(shape.clients)];

interface TestAccessPanelProps {
  clusterId: string;
  routes: readonly ServiceRoute[];
}

/**
 * Test Access: sends simulated requests through the cluster's Server Load Balancer and shows who
 * answered. The last result stays on screen while the next one runs.
 */
export function TestAccessPanel({ clusterId, routes }: TestAccessPanelProps) {
  const [form] = Form.useForm<TestAccessValues>();
  const access = useTestAccessMutation();
  const [last, setLast] = useState<TestAccessResult>();
  const endpoints = useMemo(() => webEndpoints(routes), [routes]);
  const loadBalancers = useMemo(() => routeLoadBalancers(routes), [routes]);
  const roles = useMemo(() => new Map(routes.map((r) => [r.serviceName, r.releaseRole])), [routes]);
  const failure = useFormFailure(form, FIELDS);

  const send = (values: TestAccessValues) => {
    failure.clear();
    access.mutate(
      { clusterId, body: { ...values, ...accessTarget(values.url, routes, values.slb) } },
      { onSuccess: setLast, onError: failure.report },
    );
  };

  return (
    <Card title="Test Access" size="small">
      <FailureAlert message={failure.message} />
      <Form<TestAccessValues>
        form={form}
        layout="inline"
        initialValues={{ url: endpoints[0] ?? '', requests: 100, cookieJar: false, clients: 1 }}
        onFinish={send}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="url" label="URL" rules={urlRules} style={{ minWidth: 420, flex: 1 }}>
          <AutoComplete
            options={endpoints.map((value) => ({ value }))}
            placeholder="http://nginx.example.com/"
            maxLength={2048}
          />
        </Form.Item>
        {loadBalancers.length > 0 && (
          <Form.Item
            name="slb"
            label="Server Load Balancer"
            tooltip="The instance whose front port the URL's port is (an lb label's). Empty: the cluster's own, whose port 80 reaches simple routing."
          >
            <Select
              allowClear
              placeholder="The cluster's own"
              options={loadBalancers.map((value) => ({ value, label: value }))}
              style={{ width: 200 }}
            />
          </Form.Item>
        )}
        <Form.Item name="requests" label="Requests" rules={requestsRules}>
          <InputNumber min={1} max={MAX_TEST_REQUESTS} precision={0} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item
          name="clients"
          label="Clients"
          rules={clientsRules}
          tooltip="How many client addresses send the requests, in turn; with the cookie jar, each keeps its own cookies."
        >
          <InputNumber min={1} max={MAX_TEST_CLIENTS} precision={0} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="cookieJar" valuePropName="checked">
          <Checkbox>Keep cookies (browser cookie jar)</Checkbox>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={access.isPending}>
            Send
          </Button>
        </Form.Item>
      </Form>
      {last && (
        <>
          <Divider style={{ margin: '16px 0' }} />
          <div aria-busy={access.isPending} style={{ opacity: access.isPending ? 0.6 : 1 }}>
            <TestAccessResultView result={last} roles={roles} />
          </div>
        </>
      )}
    </Card>
  );
}
