import { Checkbox, Form, Select, Typography } from 'antd';
import { NodeScalingRuleRequestSchema } from '@cs/contracts';
import type { ClusterDto } from '@cs/contracts';
import { useRdsInstancesQuery } from '../../../data/node-scaling/rds-instances-query.ts';
import { contractPathRule } from '../../../forms/contract-rule.ts';
import { regionName } from '../clusters.utils.ts';
import { OPERATING_SYSTEM_OPTIONS, expansionZones, groupedInstanceTypeOptions } from '../node-spec.utils.ts';
import { nodeScalingRequest } from './node-scaling-form.utils.ts';
import type { NodeScalingFormValues } from './node-scaling-form.utils.ts';

const toRequest = (values: Record<string, unknown>) => nodeScalingRequest(values as Partial<NodeScalingFormValues>);
const rule = (path: string) => [contractPathRule(NodeScalingRuleRequestSchema, path, toRequest)];
const INSTANCE_TYPE_OPTIONS = groupedInstanceTypeOptions();

/** Step 2: the specification of the nodes expansion adds (as in Create Cluster), and the RDS white lists. */
export function InstanceSpecFields({ cluster }: { cluster: ClusterDto }) {
  const { spec } = cluster;
  const zones = expansionZones({ region: spec.region, zone: spec.zone, vpcId: spec.vpc?.vpcId });
  const whitelist = Form.useWatch('addToRdsWhitelist') as boolean | undefined;
  const rds = useRdsInstancesQuery({ region: spec.region });
  return (
    <>
      <Form.Item label="Region">{regionName(spec.region)}</Form.Item>
      <Form.Item label="Zone" name={['instance', 'zone']} rules={rule('instance.zone')}>
        <Select
          aria-label="Zone"
          options={zones.map((z) => ({
            value: z.zone,
            disabled: Boolean(z.problem),
            label: z.problem ? `${z.zone} (${z.problem})` : z.zone,
          }))}
        />
      </Form.Item>
      <Form.Item
        label="Instance Type"
        name={['instance', 'instanceType']}
        rules={rule('instance.instanceType')}
        extra="Nodes added by expansion are Pay-As-You-Go instances."
      >
        <Select aria-label="Instance Type" options={INSTANCE_TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item
        label="Operating System"
        name={['instance', 'operatingSystem']}
        rules={rule('instance.operatingSystem')}
      >
        <Select aria-label="Operating System" options={OPERATING_SYSTEM_OPTIONS} />
      </Form.Item>
      <Form.Item label="RDS White List" extra="The ECS instances must be in the same region as the RDS instances.">
        <Form.Item name="addToRdsWhitelist" valuePropName="checked" noStyle>
          <Checkbox>Add the IP addresses of the newly added ECS instances to RDS instance white lists</Checkbox>
        </Form.Item>
      </Form.Item>
      {whitelist && (
        <Form.Item label="RDS Instances" name="rdsInstanceIds" rules={rule('rdsInstanceIds')}>
          <Select
            aria-label="RDS Instances"
            mode="multiple"
            loading={rds.isPending}
            placeholder="Select RDS instances of the region"
            options={(rds.data ?? []).map((i) => ({ value: i.id, label: `${i.id} (${i.engine}, ${i.description})` }))}
            notFoundContent={<Typography.Text type="secondary">No RDS instance in this region.</Typography.Text>}
          />
        </Form.Item>
      )}
    </>
  );
}
