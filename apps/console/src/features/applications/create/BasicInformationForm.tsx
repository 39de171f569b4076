import { Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { ApplicationNameSchema } from '@cs/contracts';
import { useClustersQuery } from '../../../data/clusters/clusters-query.ts';
import { contractRule } from '../../../forms/contract-rule.ts';
import { ClusterSelect } from '../../nodes/ClusterSelect.tsx';
import { DescriptionItem, PullImageItem, VersionItem } from '../form/ApplicationFields.tsx';
import { UPDATE_METHODS } from './create-application.utils.ts';
import type { BasicValues } from './create-application.utils.ts';

interface BasicInformationFormProps {
  form: FormInstance<BasicValues>;
  initialValues: BasicValues;
}

/** Create Application, step 1: Name, Version, Cluster, Update Method, Description, Pull Docker Image. */
export function BasicInformationForm({ form, initialValues }: BasicInformationFormProps) {
  const clusters = useClustersQuery({});
  return (
    <Form<BasicValues>
      name="application"
      form={form}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      wrapperCol={{ style: { maxWidth: 560 } }}
      initialValues={initialValues}
    >
      <Form.Item
        label="Name"
        name="name"
        required
        rules={[contractRule(ApplicationNameSchema)]}
        extra="1-64 characters: numbers, Chinese characters, English letters and hyphens (-)."
      >
        <Input autoComplete="off" />
      </Form.Item>
      <VersionItem extra="By default, the version is 1.0." />
      <Form.Item
        label="Cluster"
        name="clusterId"
        required
        rules={[{ required: true, message: 'Select a cluster.' }]}
        extra="The cluster which the application will be deployed to."
      >
        {/* Form.Item hands the select its value and onChange. */}
        <ClusterSelect
          clusters={clusters.data?.items}
          loading={clusters.isPending}
          value={undefined}
          onChange={() => {}}
        />
      </Form.Item>
      <Form.Item label="Update Method" name="updateMethod">
        <Select options={[...UPDATE_METHODS]} style={{ width: 200 }} aria-label="Update Method" />
      </Form.Item>
      <DescriptionItem extra="Shown in the Application List." />
      <PullImageItem />
    </Form>
  );
}
