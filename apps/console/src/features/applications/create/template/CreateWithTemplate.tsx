import { useRef, useState } from 'react';
import { Alert, Button, Flex } from 'antd';
import type { TemplateEditorHandle } from '../../../templates/editor/TemplateEditor.tsx';
import { contentErrors } from '../../../templates/templates.utils.ts';
import { ParametersAndPlacement } from '../../template/ParametersAndPlacement.tsx';
import { missingParameters, variablesToSend } from '../../template/parameters.utils.ts';
import { TemplateSourceCard } from '../../template/TemplateSourceCard.tsx';
import { useTemplateSource } from '../../template/use-template-source.ts';
import type { BasicValues, CreateFailure } from '../create-application.utils.ts';

interface CreateWithTemplateProps {
  basic: BasicValues;
  /** From a template's Create Application: the template to start with. */
  templateId: string | undefined;
  creating: boolean;
  failure: CreateFailure | undefined;
  onCreate: (template: string, variables: Record<string, string>) => void;
}

const OWN = { key: 'own', content: '' };

/** Create with Orchestration Template: pick one, edit it (text or Services Contained), fill its parameters. */
export function CreateWithTemplate({ basic, templateId, creating, failure, onCreate }: CreateWithTemplateProps) {
  const source = useTemplateSource(OWN, templateId);
  const [values, setValues] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const editor = useRef<TemplateEditorHandle>(null);
  const parameters = source.analysis.parameters;

  const create = () => {
    setTried(true);
    const current = editor.current?.read();
    if (!current) return;
    const errors = contentErrors(current.analysis);
    setRefused(errors);
    const missing = missingParameters(current.analysis.parameters, values);
    if (errors.length > 0 || missing.length > 0 || current.content.trim() === '') return;
    onCreate(current.content, variablesToSend(current.analysis.parameters, values));
  };

  return (
    <Flex vertical gap={16}>
      <TemplateSourceCard
        source={source}
        editorRef={editor}
        errors={[...refused, ...(failure?.template ?? [])]}
        stops="creating"
        notice={
          tried &&
          source.content.trim() === '' && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title="Enter the orchestration template, or use an existing one."
            />
          )
        }
      />
      <ParametersAndPlacement
        content={source.content}
        parameters={parameters}
        values={values}
        onChange={setValues}
        showMissing={tried}
        errors={failure?.variables}
        target={{ clusterId: basic.clusterId, name: basic.name.trim() }}
      />
      <Flex justify="flex-end">
        <Button type="primary" size="large" loading={creating} disabled={source.loading} onClick={create}>
          Create and Deploy
        </Button>
      </Flex>
    </Flex>
  );
}
