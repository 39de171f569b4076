import { Alert, Form, Select } from 'antd';
import type { FormInstance } from 'antd';
import { CheckItem, DescriptionItem, PullImageItem, VersionItem } from '../form/ApplicationFields.tsx';
import { UPDATE_METHODS } from '../create/create-application.utils.ts';
import { BLUE_GREEN_NOTES, RESCHEDULE_WARNING, VERSION_NOTE } from './update.utils.ts';
import type { UpdateValues } from './update.utils.ts';

interface UpdateFieldsProps {
  form: FormInstance<UpdateValues>;
  initialValues: UpdateValues;
  currentVersion: string;
}

/** Update's settings: Version (must change), Description, Release Method, Pull Docker Image and Reschedule. */
export function UpdateFields({ form, initialValues, currentVersion }: UpdateFieldsProps) {
  const reschedule = Form.useWatch('reschedule', form) ?? false;
  const blueGreen = (Form.useWatch('updateMethod', form) ?? initialValues.updateMethod) === 'blue-green';
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
      <Form.Item label="Release Method" name="updateMethod">
        <Select options={[...UPDATE_METHODS]} style={{ width: 200 }} aria-label="Release Method" />
      </Form.Item>
      {blueGreen && (
        <Form.Item label=" " colon={false}>
          <Alert
            type="info"
            showIcon
            title="Blue-green release: the new service version runs beside the old one until you confirm or roll back."
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {BLUE_GREEN_NOTES.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            }
          />
        </Form.Item>
      )}
      <PullImageItem />
      {!blueGreen && (
        <CheckItem
          label="Reschedule"
          name="reschedule"
          extra="To avoid losing the container data in the local data volume, the containers are restarted or recreated on their current machines. Select Reschedule to create them on other machines according to the template."
        />
      )}
      {reschedule && !blueGreen && (
        <Form.Item label=" " colon={false}>
          <Alert type="warning" showIcon title={<>Note: {RESCHEDULE_WARNING}</>} />
        </Form.Item>
      )}
    </Form>
  );
}
