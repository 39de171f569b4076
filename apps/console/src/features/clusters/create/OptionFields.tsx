import { Alert, Checkbox, Form, Radio } from 'antd';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';

const hint = { color: 'rgba(0, 0, 0, 0.55)', margin: '4px 0 0' };

/** The choices after the nodes: EIP (VPC), Server Load Balancer, monitoring plug-in, RDS white lists. */
export function OptionFields() {
  const form = Form.useFormInstance<ClusterCreateFormValues>();
  const networkType = Form.useWatch('networkType', form);
  const addNodes = Form.useWatch('addNodes', form) === 'add';
  const eip = Form.useWatch(['nodes', 'eip'], form);

  return (
    <>
      {networkType === 'vpc' && addNodes && (
        <Form.Item label="Configure EIP" name={['nodes', 'eip']}>
          <Radio.Group
            options={[
              { value: true, label: 'Configure EIP' },
              { value: false, label: 'Do not Configure Public EIP' },
            ]}
          />
        </Form.Item>
      )}
      {networkType === 'vpc' && addNodes && eip === false && (
        <Form.Item label=" " colon={false}>
          <Alert
            type="warning"
            showIcon
            title="By default, the Container Service configures an EIP for each ECS instance under the VPC. Without one, you will need to configure the SNAT gateway."
          />
        </Form.Item>
      )}
      <Form.Item label="Server Load Balancer">
        <Form.Item name="createSlb" valuePropName="checked" noStyle>
          <Checkbox>Create a public network Server Load Balancer instance</Checkbox>
        </Form.Item>
        <p style={hint}>
          When a cluster is created, a public network Server Load Balancer instance is created by default. You can
          access the container applications in the cluster through this Server Load Balancer. This is a Pay-As-You-Go
          Server Load Balancer instance.
        </p>
      </Form.Item>
      {addNodes && (
        <>
          <Form.Item label="Cloud Monitoring">
            <Form.Item name={['nodes', 'cloudMonitorPlugin']} valuePropName="checked" noStyle>
              <Checkbox>Install cloud monitoring plug-in on your ECS</Checkbox>
            </Form.Item>
            <p style={hint}>
              Installing a cloud monitoring plug-in on the node allows you to view the monitoring information of the
              created ECS instance in the CloudMonitor console.
            </p>
          </Form.Item>
          <Form.Item label="RDS White List">
            <Form.Item name={['nodes', 'addToRdsWhitelist']} valuePropName="checked" noStyle>
              <Checkbox>Add node IP addresses to RDS instance white lists</Checkbox>
            </Form.Item>
            <p style={hint}>
              You can add the IP addresses of the created ECS instances to RDS instances so that the ECS instances can
              access the RDS instances. You can only make this configuration when you select Add nodes, and the ECS
              instances must be in the same region as the RDS instances.
            </p>
          </Form.Item>
        </>
      )}
    </>
  );
}
