import { useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import { CreateApplicationLink } from '../../../components/CreateApplicationLink.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { api } from '../../../data/api.ts';
import { useTemplateQuery } from '../../../data/templates/template-query.ts';
import { applicationCreatePath } from '../../applications/application-paths.ts';
import { TemplateEditor } from '../editor/TemplateEditor.tsx';
import { TAB_LABELS, templateCreatePath, templateEditPath, templateListPath } from '../templates.utils.ts';
import { DeleteTemplateDialog } from './DeleteTemplateDialog.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

/** Details of a template: its content and services; Edit, Download and Delete (samples: Save As). */
export function TemplateDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const query = useTemplateQuery(id);
  const [deleting, setDeleting] = useState(false);
  const template = query.data;
  const sample = template?.spec.category === 'sample';
  const tab = template?.spec.category ?? 'sample';

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

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={templateListPath(tab)}>{TAB_LABELS[tab]}</Link> },
          { title: template?.metadata.name ?? id },
        ]}
      />
      <PageHeading
        title={template ? `Template: ${template.metadata.name}` : 'Template'}
        extra={
          template && (
            <Flex gap={8}>
              {sample ? (
                <Button onClick={() => void navigate(templateCreatePath(id))}>Save as My Template</Button>
              ) : (
                <Button type="primary" onClick={() => void navigate(templateEditPath(id))}>
                  Edit
                </Button>
              )}
              <Button icon={<DownloadOutlined aria-hidden />} href={api.templateDownloadUrl(id)} download>
                Download
              </Button>
              {!sample && (
                <Button danger onClick={() => setDeleting(true)}>
                  Delete
                </Button>
              )}
              <CreateApplicationLink
                type="default"
                to={applicationCreatePath({ templateId: id })}
                ariaLabel={`Create Application from ${template.metadata.name}`}
              />
            </Flex>
          )
        }
      />
      {query.isError && <LoadFailureAlert what="The template" error={query.error} />}
      {sample && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Sample templates are read-only. To edit this one, save it as your own template first."
        />
      )}
      {!template ? (
        <Skeleton active />
      ) : (
        <Card>
          <Descriptions
            size="small"
            column={3}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'name', label: 'Name', children: template.metadata.name },
              { key: 'category', label: 'Category', children: TAB_LABELS[template.spec.category] },
              { key: 'updated', label: 'Time Updated', children: formatDateTime(template.metadata.updatedAt) },
              { key: 'description', label: 'Description', span: 3, children: template.spec.description || '-' },
            ]}
          />
          <TemplateEditor
            key={template.metadata.resourceVersion}
            initialContent={template.spec.content}
            readOnly
            height={480}
          />
        </Card>
      )}
      {deleting && template && (
        <DeleteTemplateDialog
          template={template}
          onCancel={() => setDeleting(false)}
          onDeleted={() => {
            void message.success(`Template ${template.metadata.name} is deleted.`);
            void navigate(templateListPath('mine'));
          }}
        />
      )}
    </>
  );
}
