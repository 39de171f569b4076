import { Alert, Form } from 'antd';
import type { FormInstance } from 'antd';
import { CheckItem, DescriptionItem, PullImageItem, VersionItem } from '../form/ApplicationFields.tsx';
import { RESCHEDULE_WARNING, VERSION_NOTE } from './update.utils.ts';
import type { UpdateValues } from './update.utils.ts';

interface UpdateFieldsProps {
  form: FormInstance<UpdateValues>;
  initialValues: UpdateValues;
  currentVersion: string;
}

/** Update's settings: Version (must change), Description, Pull Docker Image and Reschedule. */
export function UpdateFields({ form, initialValues, currentVersion }: UpdateFieldsProps) {
  const reschedule = Form.useWatch('reschedule', form) ?? false;
  return (
    <Form<UpdateValues>
      name="update"
      form={form}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      wrapperCol={{ style: { maxWidth: 640 } }}
      initialValues={initialValues}
    >
      <VersionItem
        extra={<>Note: {VERSION_NOTE}</>}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if ((value ?? '').trim() === currentVersion)
                throw new Error(`The application is at version ${currentVersion}: enter a new version.`);
            },
          },
        ]}
      />
      <DescriptionItem />
      <PullImageItem />
      <CheckItem
        label="Reschedule"
        name="reschedule"
        extra="To avoid losing the container data in the local data volume, the containers are restarted or recreated on their current machines. Select Reschedule to create them on other machines according to the template."
      />
      {reschedule && (
        <Form.Item label=" " colon={false}>
          <Alert type="warning" showIcon title={<>Note: {RESCHEDULE_WARNING}</>} />
        </Form.Item>
      )}
    </Form>
  );
}
