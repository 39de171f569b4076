import { useState } from 'react';
import { Button, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { ImagePickerDialog } from '../../../templates/editor/ImagePickerDialog.tsx';
import { splitImageReference } from './image-form.utils.ts';
import type { ImageFormValues } from './image-form.utils.ts';
import { SelectImageVersionDialog } from './SelectImageVersionDialog.tsx';

/** Image Name and Version (chosen from the catalogue or typed), Scale, Network Mode and Restart. */
export function GeneralSection() {
  const form = Form.useFormInstance<ImageFormValues>();
  const image = (Form.useWatch('image', form) ?? '').trim();
  const version = Form.useWatch('version', form) ?? '';
  const [dialog, setDialog] = useState<'image' | 'version'>();

  return (
    <>
      <Form.Item label="Image Name" required>
        <Flex gap={8}>
          <Form.Item
            name="image"
            noStyle
            rules={[{ required: true, whitespace: true, message: 'Enter the image name or select an image.' }]}
          >
            <Input aria-label="Image Name" placeholder="nginx" autoComplete="off" />
          </Form.Item>
          <Button onClick={() => setDialog('image')}>Select image</Button>
        </Flex>
      </Form.Item>
      <Form.Item label="Image Version" extra="By default, the Container Service uses the latest version of the image.">
        <Flex gap={8}>
          <Form.Item name="version" noStyle>
            <Input aria-label="Image Version" placeholder="latest" autoComplete="off" style={{ width: 240 }} />
          </Form.Item>
          <Button disabled={image === ''} onClick={() => setDialog('version')}>
            Select image version
          </Button>
        </Flex>
      </Form.Item>
      <Form.Item label="Scale" name="scale" extra="The number of containers.">
        <InputNumber aria-label="Scale" min={0} max={100} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="Network Mode" name="networkMode">
        <Radio.Group
          aria-label="Network Mode"
          options={[
            { value: 'default', label: 'Default' },
            { value: 'host', label: 'host' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label="Restart"
        name="restart"
        extra="Whether to restart the container automatically in case of exception."
      >
        <Radio.Group
          aria-label="Restart"
          options={[
            { value: 'always', label: 'Always' },
            { value: 'no', label: 'no' },
          ]}
        />
      </Form.Item>
      {dialog === 'image' && (
        <ImagePickerDialog
          onCancel={() => setDialog(undefined)}
          onPick={(reference) => {
            form.setFieldsValue(splitImageReference(reference));
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'version' && (
        <SelectImageVersionDialog
          image={image}
          version={version}
          onCancel={() => setDialog(undefined)}
          onSelect={(chosen) => {
            form.setFieldsValue({ version: chosen });
            setDialog(undefined);
          }}
        />
      )}
    </>
  );
}
