import { useMemo, useState } from 'react';
import { Button, Card, Flex, Form } from 'antd';
import { analyzeTemplate, buildImageTemplate, imageServiceName } from '@cs/compose';
import { contentErrors } from '../../../templates/templates.utils.ts';
import { PlacementPreview } from '../../template/PlacementPreview.tsx';
import { TemplateErrors } from '../../../templates/editor/TemplateErrors.tsx';
import { TemplateText } from '../../template/TemplateText.tsx';
import type { BasicValues, CreateFailure } from '../create-application.utils.ts';
import { ContainerSection } from './ContainerSection.tsx';
import { DeploySection } from './DeploySection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { initialImageValues, toImageTemplateForm } from './image-form.utils.ts';
import type { ImageFormValues } from './image-form.utils.ts';
import { NetworkSection } from './NetworkSection.tsx';
import { StorageSection } from './StorageSection.tsx';

interface CreateWithImageProps {
  basic: BasicValues;
  /** From the image list's Create Application: the image and version to start with. */
  prefill: { image?: string; version?: string };
  creating: boolean;
  failure: CreateFailure | undefined;
  onCreate: (template: string) => void;
}

const heading = (text: string) => <h3 style={{ fontSize: 15, margin: '8px 0 16px' }}>{text}</h3>;

/** Create with Image: the image's settings as a form, the Compose template it makes, and where it runs. */
export function CreateWithImage({ basic, prefill, creating, failure, onCreate }: CreateWithImageProps) {
  const [form] = Form.useForm<ImageFormValues>();
  const [initialValues] = useState(() => initialImageValues(prefill.image, prefill.version));
  const watched = Form.useWatch((values: ImageFormValues) => values, form);
  const service = imageServiceName(basic.name);
  const template = useMemo(() => {
    const values = { ...initialValues, ...watched };
    const autoScaling = { ...initialValues.autoScaling, ...watched?.autoScaling };
    return buildImageTemplate(toImageTemplateForm({ ...values, autoScaling }, service));
  }, [initialValues, watched, service]);
  const errors = useMemo(() => contentErrors(analyzeTemplate(template)), [template]);
  const image = (watched?.image ?? initialValues.image).trim();

  const create = async () => {
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (valid && errors.length === 0) onCreate(template);
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="flex-start">
        <Card style={{ flex: 1, minWidth: 0 }}>
          <Form<ImageFormValues>
            name="image"
            form={form}
            layout="horizontal"
            labelCol={{ flex: '150px' }}
            labelWrap
            initialValues={initialValues}
          >
            {heading('General')}
            <GeneralSection />
            {heading('Container Config')}
            <ContainerSection />
            {heading('Network')}
            <NetworkSection />
            {heading('Data Volume, Environment and Labels')}
            <StorageSection />
            {heading('Deploy')}
            <DeploySection />
          </Form>
        </Card>
        <Card
          title="Template"
          style={{ flex: '0 0 380px', position: 'sticky', top: 16 }}
          extra={<span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>Compose version 2</span>}
        >
          <TemplateErrors errors={[...errors, ...(failure?.template ?? [])]} stops="creating" />
          <TemplateText content={template} />
        </Card>
      </Flex>
      <Card title="Placement Preview">
        <PlacementPreview
          request={image ? { clusterId: basic.clusterId, name: basic.name.trim(), template } : undefined}
        />
      </Card>
      <Flex justify="flex-end">
        <Button type="primary" size="large" loading={creating} onClick={() => void create()}>
          Create
        </Button>
      </Flex>
    </Flex>
  );
}
