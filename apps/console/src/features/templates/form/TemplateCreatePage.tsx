import { useRef } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Skeleton } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useTemplateCreateMutation } from '../../../data/templates/template-create-mutation.ts';
import { useTemplateQuery } from '../../../data/templates/template-query.ts';
import type { TemplateEditorHandle } from '../editor/TemplateEditor.tsx';
import { contentErrors, templateDetailPath, templateListPath } from '../templates.utils.ts';
import { TemplateErrors } from '../editor/TemplateErrors.tsx';
import { TemplateForm } from './TemplateForm.tsx';
import type { TemplateFormValues } from './TemplateForm.tsx';
import { useSaveFailure } from './use-save-failure.ts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

/** Create Template: Name, Description and Content; `?from=<id>` starts from another template (a sample). */
export function TemplateCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [searchParams] = useSearchParams();
  const from = searchParams.get('from') ?? '';
  const source = useTemplateQuery(from, { enabled: from !== '' });
  const [form] = Form.useForm<TemplateFormValues>();
  const editor = useRef<TemplateEditorHandle>(null);
  const creation = useTemplateCreateMutation();
  const { failure, report, refuse, clear } = useSaveFailure(form, false);

  const create = async () => {
    clear();
    const values = await form.validateFields().catch(() => undefined);
    const current = editor.current?.read();
    if (!values || !current) return;
    const errors = contentErrors(current.analysis);
    if (errors.length > 0) return refuse(errors);
    creation.mutate(
      { name: values.name.trim(), description: values.description ?? '', content: current.content },
      {
        onSuccess: (created) => {
          void message.success(`Template ${created.metadata.name} is created.`);
          void navigate(templateDetailPath(created.metadata.id));
        },
        onError: report,
      },
    );
  };

  const loading = from !== '' && source.isPending;
  const initial = source.data;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={templateListPath('mine')}>My Templates</Link> }, { title: 'Create Template' }]}
      />
      <PageHeading
        title="Create Template"
        extra={
          <Flex gap={8}>
            <Button onClick={() => void navigate(-1)}>Cancel</Button>
            <Button type="primary" loading={creation.isPending} disabled={loading} onClick={() => void create()}>
              Create Orchestration
            </Button>
          </Flex>
        }
      />
      {initial && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Starting from ${initial.spec.category === 'sample' ? 'the sample' : 'the template'} ${initial.metadata.name}: it is saved under My Templates as a template of your own.`}
        />
      )}
      {source.isError && <LoadFailureAlert what="The template to start from" error={source.error} />}
      <FailureAlert message={failure.message} />
      <TemplateErrors errors={failure.contentErrors} stops="saving" />
      <Card>
        {loading ? (
          <Skeleton active />
        ) : (
          <TemplateForm
            form={form}
            editorRef={editor}
            editorKey={initial?.metadata.id ?? 'new'}
            initialValues={{ name: initial?.metadata.name ?? '', description: initial?.spec.description ?? '' }}
            initialContent={initial?.spec.content ?? ''}
          />
        )}
      </Card>
    </>
  );
}
