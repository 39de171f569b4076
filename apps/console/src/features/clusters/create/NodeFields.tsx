import { Alert, Checkbox, Flex, Form, InputNumber, Radio, Select } from 'antd';
import { ClusterCreateRequestSchema } from '@cs/contracts';
import { clusterSizeMessage } from '@cs/domain';
import { useQuotas } from '../../../data/quotas/quotas-query.ts';
import { LogonPasswordFields } from '../../../forms/LogonPasswordFields.tsx';
import { INSTANCE_GENERATIONS, OPERATING_SYSTEM_OPTIONS, instanceTypeOptions } from '../node-spec.utils.ts';
import { createRequestFromValues, createRule } from './create-rules.ts';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';
import { QuantityPicker } from './QuantityPicker.tsx';

const hint = { color: 'rgba(0, 0, 0, 0.55)', margin: 0 };
const DISK_OPTIONS = {
  system: [
    { value: 'cloud_efficiency', label: 'Ultra Cloud Disk' },
    { value: 'cloud_ssd', label: 'SSD Cloud Disk' },
  ],
  data: [
    { value: 'cloud_ssd', label: 'SSD Cloud Disk' },
    { value: 'cloud_efficiency', label: 'Ultra Cloud Disk' },
  ],
};

function DoNotAddNotice() {
  return (
    <Form.Item label=" " colon={false}>
      <Alert
        type="info"
        showIcon
        title="The cluster you are creating does not contain any node. You will need to manually add ECS instances to the cluster later."
        description={
          <>
            <strong>Add existing instance:</strong> click Create Cluster now, then choose More &gt; Add Existing
            Instances for the new cluster in the Cluster List to add ECS instances you already have. The cluster stays
            Inactive until its first instance joins.
          </>
        }
      />
    </Form.Item>
  );
}

/** Add Node: the ECS instances created with the cluster, or Do not Add for a zero-node cluster. */
export function NodeFields() {
  const form = Form.useFormInstance<ClusterCreateFormValues>();
  const addNodes = Form.useWatch('addNodes', form);
  const generation = Form.useWatch('generation', form);
  const attachDataDisk = Form.useWatch('attachDataDisk', form);
  const { nodesPerCluster } = useQuotas();
  const sizeMessage = clusterSizeMessage(nodesPerCluster);

  return (
    <>
      <Form.Item label="Add Node" name="addNodes">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'add', label: 'Add' },
            { value: 'none', label: 'Do not Add' },
          ]}
        />
      </Form.Item>
      {addNodes === 'none' && <DoNotAddNotice />}
      {addNodes === 'add' && (
        <>
          <Form.Item
            label="Operating System"
            name={['nodes', 'operatingSystem']}
            rules={createRule('nodes.operatingSystem')}
            extra="Operating systems such as 64-bit Ubuntu 14.04 and 64-bit CentOS 7.0 are supported."
          >
            <Select options={OPERATING_SYSTEM_OPTIONS} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item
            label="Instance Generation"
            name="generation"
            extra={
              generation === 'Generation II'
                ? 'Generation II uses Intel Haswell CPU and DDR4 memory, and delivers optimized memory computing capability. It is an I/O optimized instance by default and delivers optimized storage performance when used with SSD cloud disks.'
                : undefined
            }
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={INSTANCE_GENERATIONS.map((g) => ({ value: g, label: g }))}
            />
          </Form.Item>
          <Form.Item label="I/O Optimized">
            <Radio.Group optionType="button" value="io" options={[{ value: 'io', label: 'IO optimized instance' }]} />
          </Form.Item>
          <Form.Item label="Instance Type" name={['nodes', 'instanceType']} rules={createRule('nodes.instanceType')}>
            <Select options={instanceTypeOptions(generation)} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item
            label="Instance Quantity"
            name={['nodes', 'quantity']}
            rules={[...createRule('nodes.quantity'), { type: 'number', max: nodesPerCluster, message: sizeMessage }]}
            extra={sizeMessage}
          >
            <QuantityPicker max={nodesPerCluster} />
          </Form.Item>
          <Form.Item
            label="System Disk Type"
            name={['nodes', 'systemDiskType']}
            rules={createRule('nodes.systemDiskType')}
          >
            <Radio.Group optionType="button" buttonStyle="solid" options={DISK_OPTIONS.system} />
          </Form.Item>
          <Form.Item
            label="Data Disk Type"
            name={['nodes', 'dataDisk', 'type']}
            rules={createRule('nodes.dataDisk.type')}
          >
            <Radio.Group optionType="button" buttonStyle="solid" options={DISK_OPTIONS.data} />
          </Form.Item>
          <Form.Item label="Attach Data Disk">
            <Flex gap={12} align="center">
              <Form.Item name="attachDataDisk" valuePropName="checked" noStyle>
                <Checkbox>Attach Data Disk</Checkbox>
              </Form.Item>
              {attachDataDisk && (
                <Form.Item name={['nodes', 'dataDisk', 'sizeGiB']} rules={createRule('nodes.dataDisk.sizeGiB')} noStyle>
                  <InputNumber aria-label="Data disk size" min={20} max={32768} precision={0} suffix="GB" />
                </Form.Item>
              )}
            </Flex>
            <ul style={{ ...hint, paddingInlineStart: 18, marginTop: 8 }}>
              <li>
                If you select a data disk, it will be attached to the /var/lib/docker directory, and used for the
                storage of Docker images and containers. The ECS instance has a 20 GB system disk by default.
              </li>
              <li>
                In terms of performance and management, it is recommended that you attach an independent data disk to
                the host and manage the persistent data in the container by using Docker volumes.
              </li>
            </ul>
          </Form.Item>
          <LogonPasswordFields
            passwordName={['nodes', 'password']}
            confirmName={['nodes', 'confirmPassword']}
            schema={ClusterCreateRequestSchema}
            toRequest={createRequestFromValues}
          />
        </>
      )}
    </>
  );
}
