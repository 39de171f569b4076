import { StaleChangeAlert } from '../../../components/StaleChangeAlert.tsx';
import { useRef, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Result, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import type { TemplateDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useTemplateQuery } from '../../../data/templates/template-query.ts';
import { useTemplateUpdateMutation } from '../../../data/templates/template-update-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import type { TemplateEditorHandle } from '../editor/TemplateEditor.tsx';
import { contentErrors, templateCreatePath, templateDetailPath, templateListPath } from '../templates.utils.ts';
import { TemplateErrors } from '../editor/TemplateErrors.tsx';
import { TemplateForm } from './TemplateForm.tsx';
import type { TemplateFormValues } from './TemplateForm.tsx';
import { useSaveFailure } from './use-save-failure.ts';

/**
 * Edit one's own template; Save sends the version it was loaded at. When someone else saved it
 * meanwhile, the 409 is shown with Reload, which loads their version (discarding these edits).
 */
export function TemplateEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const query = useTemplateQuery(id);
  // The version being edited: a change saved elsewhere (the watch refetches the query) must not
  // replace the text under the user's hands; only Reload takes it.
  const [template, setTemplate] = useState<TemplateDto>();
  if (!template && query.data) setTemplate(query.data);
  const [form] = Form.useForm<TemplateFormValues>();
  const editor = useRef<TemplateEditorHandle>(null);
  const update = useTemplateUpdateMutation();
  const { failure, report, refuse, clear } = useSaveFailure(form, true);

  const save = async () => {
    clear();
    const values = await form.validateFields().catch(() => undefined);
    const current = editor.current?.read();
    if (!values || !current || !template) return;
    const errors = contentErrors(current.analysis);
    if (errors.length > 0) return refuse(errors);
    update.mutate(
      {
        id,
        body: {
          description: values.description ?? '',
          content: current.content,
          resourceVersion: template.metadata.resourceVersion,
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(`Template ${saved.metadata.name} is saved.`);
          void navigate(templateDetailPath(id));
        },
        onError: report,
      },
    );
  };

  const reload = async () => {
    const { data } = await query.refetch();
    if (!data) return;
    clear();
    setTemplate(data);
    form.setFieldsValue({ name: data.metadata.name, description: data.spec.description });
  };

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result
        status="404"
        title="The template does not exist."
        subTitle="It may have been deleted."
        extra={<Link to={templateListPath('mine')}>Back to My Templates</Link>}
      />
    );
  }
  if (template?.spec.category === 'sample') {
    return (
      <Result
        status="warning"
        title="Sample templates are read-only."
        subTitle="Save the sample as your own template, then edit that one."
        extra={<Link to={templateCreatePath(id)}>Save as My Template</Link>}
      />
    );
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={templateListPath('mine')}>My Templates</Link> },
          { title: <Link to={templateDetailPath(id)}>{template?.metadata.name ?? id}</Link> },
          { title: 'Edit' },
        ]}
      />
      <PageHeading
        title={template ? `Edit Template: ${template.metadata.name}` : 'Edit Template'}
        extra={
          <Flex gap={8}>
            <Button onClick={() => void navigate(templateDetailPath(id))}>Cancel</Button>
            <Button type="primary" loading={update.isPending} disabled={!template} onClick={() => void save()}>
              Save
            </Button>
          </Flex>
        }
      />
      {query.isError && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failureMessage(query.error)} />
      )}
      {failure.stale ? (
        <StaleChangeAlert
          message={failure.message}
          what="the template"
          reloading={query.isFetching}
          onReload={() => void reload()}
        />
      ) : (
        <FailureAlert message={failure.message} />
      )}
      <TemplateErrors errors={failure.contentErrors} stops="saving" />
      <Card>
        {!template ? (
          <Skeleton active />
        ) : (
          <TemplateForm
            form={form}
            editorRef={editor}
            editorKey={template.metadata.resourceVersion}
            nameFixed
            initialValues={{ name: template.metadata.name, description: template.spec.description }}
            initialContent={template.spec.content}
          />
        )}
      </Card>
    </>
  );
}
