import { Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import type { Ref } from 'react';
import type { TemplateAnalysis } from '@cs/compose';
import { TemplateDescriptionSchema, TemplateNameSchema } from '@cs/contracts';
import { MAX_TEMPLATE_DESCRIPTION } from '@cs/domain';
import { contractRule } from '../../../forms/contract-rule.ts';
import { TemplateEditor } from '../editor/TemplateEditor.tsx';
import type { TemplateEditorHandle } from '../editor/TemplateEditor.tsx';

/** Name and Description; the content lives in the editor. */
export interface TemplateFormValues {
  name: string;
  description: string;
}

interface TemplateFormProps {
  form: FormInstance<TemplateFormValues>;
  initialValues: TemplateFormValues;
  initialContent: string;
  /** Remounts the editor with `initialContent` when it changes (a reload). */
  editorKey: string | number;
  editorRef: Ref<TemplateEditorHandle>;
  /** Templates keep their name once created. */
  nameFixed?: boolean;
  onContentChange?: (content: string, analysis: TemplateAnalysis) => void;
}

/** The Create / Edit Template form: Name, Description and Content with its services. */
export function TemplateForm(props: TemplateFormProps) {
  const { form, initialValues, initialContent, editorKey, editorRef, nameFixed, onContentChange } = props;
  return (
    <Form<TemplateFormValues>
      name="template"
      form={form}
      layout="horizontal"
      labelCol={{ flex: '110px' }}
      initialValues={initialValues}
    >
      <Form.Item
        label="Name"
        name="name"
        required
        rules={nameFixed ? [] : [contractRule(TemplateNameSchema)]}
        extra={
          nameFixed
            ? 'A template keeps its name.'
            : '1-64 characters: numbers, Chinese characters, English letters and hyphens.'
        }
      >
        <Input disabled={nameFixed} autoComplete="off" style={{ maxWidth: 420 }} />
      </Form.Item>
      <Form.Item label="Description" name="description" rules={[contractRule(TemplateDescriptionSchema)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          showCount
          maxLength={MAX_TEMPLATE_DESCRIPTION}
          style={{ maxWidth: 720 }}
        />
      </Form.Item>
      <Form.Item
        label="Content"
        required
        extra="The YAML file of Docker Compose (version 1 or 2, with the Container Service's aliyun.* labels)."
      >
        <TemplateEditor key={editorKey} ref={editorRef} initialContent={initialContent} onChange={onContentChange} />
      </Form.Item>
    </Form>
  );
}
