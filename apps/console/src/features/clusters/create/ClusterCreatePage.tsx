import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Divider, Flex, Form, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { CLUSTER_NAME_RULE, REGIONS, findRegion } from '@cs/domain';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useClusterCreateMutation } from '../../../data/clusters/cluster-create-mutation.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';
import { CREATE_FIELDS, followChange, initialCreateValues, toCreateRequest } from './cluster-create.utils.ts';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';
import { createRule } from './create-rules.ts';
import { NetworkFields } from './NetworkFields.tsx';
import { NodeFields } from './NodeFields.tsx';
import { OptionFields } from './OptionFields.tsx';

const REGION_OPTIONS = REGIONS.map((r) => ({ value: r.id, label: r.name }));
const INITIAL_VALUES = initialCreateValues();

/** Create Cluster: the guide's form, in its order, checked as you type by the contract's rules. */
export function ClusterCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClusterCreateFormValues>();
  const failure = useFormFailure(form, CREATE_FIELDS);
  const create = useClusterCreateMutation();
  const region = Form.useWatch('region', form) ?? INITIAL_VALUES.region;
  // The rule text is the name's hint and its error message: shown once, as one or the other.
  const [nameInvalid, setNameInvalid] = useState(false);

  const submit = () => {
    failure.clear();
    // All values, hidden ones included: the request takes only what the chosen options need.
    const values = form.getFieldsValue(true) as ClusterCreateFormValues;
    create.mutate(toCreateRequest(values), {
      onSuccess: (cluster) => {
        void message.success(`Cluster ${cluster.metadata.name} is being created. Click View Logs to follow it.`);
        void navigate('/clusters');
      },
      onError: failure.report,
    });
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/clusters">Cluster List</Link> }, { title: 'Create Cluster' }]}
      />
      <PageHeading title="Create Cluster" />
      <Card>
        <Form<ClusterCreateFormValues>
          form={form}
          name="create-cluster"
          labelCol={{ flex: '240px' }}
          labelWrap
          wrapperCol={{ flex: '1', style: { maxWidth: 720 } }}
          initialValues={INITIAL_VALUES}
          onValuesChange={(changed: Partial<ClusterCreateFormValues>, all: ClusterCreateFormValues) => {
            const follow = followChange(changed, all);
            if (follow) form.setFieldsValue(follow);
          }}
          onFieldsChange={(changed) => {
            const name = changed.find((f) => Array.isArray(f.name) && f.name.join('.') === 'name');
            if (name) setNameInvalid((name.errors?.length ?? 0) > 0);
          }}
          onFinish={submit}
          disabled={create.isPending}
          scrollToFirstError
        >
          <Divider titlePlacement="start">Basic Information</Divider>
          <Form.Item
            label="Cluster Name"
            name="name"
            required
            rules={createRule('name')}
            extra={nameInvalid ? undefined : CLUSTER_NAME_RULE}
          >
            <Input style={{ width: 360 }} maxLength={64} showCount />
          </Form.Item>
          <Form.Item
            label="Region"
            name="region"
            rules={createRule('region')}
            extra="The region which the cluster will be deployed to. The cluster name must be unique under the same user and the same region."
          >
            <Select options={REGION_OPTIONS} style={{ width: 360 }} />
          </Form.Item>
          <Form.Item
            label="Zone"
            name="zone"
            rules={createRule('zone')}
            extra="You can select the region and zone of the cluster according to the distribution of your servers."
          >
            <Select
              options={(findRegion(region)?.zones ?? []).map((z) => ({ value: z, label: z }))}
              style={{ width: 360 }}
            />
          </Form.Item>
          <Divider titlePlacement="start">Network</Divider>
          <NetworkFields />
          <Divider titlePlacement="start">Nodes</Divider>
          <NodeFields />
          <Divider titlePlacement="start">Other Settings</Divider>
          <OptionFields />
          <Form.Item label=" " colon={false}>
            <FailureAlert message={failure.message} />
            <Flex gap={12}>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                Create Cluster
              </Button>
              <Button onClick={() => void navigate('/clusters')} disabled={false}>
                Cancel
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
    </>
  );
}
