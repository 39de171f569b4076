import { Form, Input, Radio, Select } from 'antd';
import { vpcsOf, vswitchesOf } from '../node-spec.utils.ts';
import { createRule } from './create-rules.ts';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';

const hint = { color: 'rgba(0, 0, 0, 0.55)', margin: 0 };

/** Network Type: Classic, or VPC with its VPC, VSwitch and the containers' network segment. */
export function NetworkFields() {
  const form = Form.useFormInstance<ClusterCreateFormValues>();
  const networkType = Form.useWatch('networkType', form);
  const region = Form.useWatch('region', form);
  const zone = Form.useWatch('zone', form);
  const vpcId = Form.useWatch(['vpc', 'vpcId'], form);

  return (
    <>
      <Form.Item label="Network Type" name="networkType" rules={createRule('networkType')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'classic', label: 'Classic' },
            { value: 'vpc', label: 'VPC' },
          ]}
        />
      </Form.Item>
      {networkType === 'classic' && (
        <Form.Item label=" " colon={false}>
          <p style={hint}>
            Classic network is a public basic network uniformly planned by Alibaba Cloud. The network address and
            topology are assigned by Alibaba Cloud and can be used without special configurations.
          </p>
        </Form.Item>
      )}
      {networkType === 'vpc' && (
        <>
          <Form.Item label=" " colon={false}>
            <p style={hint}>
              VPC enables you to build an isolated network environment based on Alibaba Cloud. You will have full
              control over your own virtual network, including a free IP address range, network segment division, route
              table, gateway configuration, and so on. It is recommended that you build an exclusive VPC/VSwitchId for
              the container cluster to prevent network conflicts.
            </p>
          </Form.Item>
          <Form.Item label="VPC" name={['vpc', 'vpcId']} rules={createRule('vpc.vpcId')}>
            <Select
              placeholder="Select a VPC"
              notFoundContent="This region has no VPC."
              options={vpcsOf(region).map((v) => ({ value: v.id, label: `${v.name} (${v.id}, ${v.cidr})` }))}
            />
          </Form.Item>
          <Form.Item
            label="VSwitch"
            name={['vpc', 'vswitchId']}
            dependencies={['zone', ['vpc', 'vpcId']]}
            rules={createRule('vpc.vswitchId')}
          >
            <Select
              placeholder="Select a VSwitch"
              notFoundContent={`The VPC has no VSwitch in ${zone}: choose another zone or VPC.`}
              options={vswitchesOf(vpcId, zone).map((s) => ({ value: s.id, label: `${s.id} (${s.cidr}, ${s.zone})` }))}
            />
          </Form.Item>
          <Form.Item
            label="Initial Network Segment of Container"
            name={['vpc', 'containerCidr']}
            dependencies={[
              ['vpc', 'vpcId'],
              ['vpc', 'vswitchId'],
            ]}
            rules={createRule('vpc.containerCidr')}
            extra="The subnet segment to which the Docker containers belong. For the convenience of IP management, the containers of each virtual machine belong to a different network segment, and the container subnet segment should not conflict with the virtual machine segment."
          >
            <Input style={{ width: 240 }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
