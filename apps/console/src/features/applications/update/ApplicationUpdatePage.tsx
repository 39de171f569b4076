import { StaleChangeAlert } from '../../../components/StaleChangeAlert.tsx';
import { useRef, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Skeleton, Tooltip } from 'antd';
import type { FormInstance } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@cs/contracts';
import type { ApplicationDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useApplicationQuery } from '../../../data/applications/application-query.ts';
import { useApplicationUpdateMutation } from '../../../data/applications/application-update-mutation.ts';
import type { TemplateEditorHandle } from '../../templates/editor/TemplateEditor.tsx';
import { contentErrors } from '../../templates/templates.utils.ts';
import { applicationDetailPath, applicationListPath } from '../application-paths.ts';
import { applicationActionProblem } from '../applications.utils.ts';
import { followedState } from '../operations/operation-outcome.utils.ts';
import { ParametersAndPlacement } from '../template/ParametersAndPlacement.tsx';
import { missingParameters, variablesToSend } from '../template/parameters.utils.ts';
import { TemplateSourceCard } from '../template/TemplateSourceCard.tsx';
import { useTemplateSource } from '../template/use-template-source.ts';
import { ReviewChangesDialog } from './ReviewChangesDialog.tsx';
import { UpdateFields } from './UpdateFields.tsx';
import {
  describeUpdateFailure,
  initialUpdateValues,
  OVERWRITE_NOTE,
  toUpdateRequest,
  VERSION_NOTE,
  versionChanged,
} from './update.utils.ts';
import type { UpdateFailure, UpdateValues } from './update.utils.ts';
import { ApplicationNotFound } from '../detail/ApplicationNotFound.tsx';

interface Review {
  values: UpdateValues;
  template: string;
  variables: Record<string, string>;
}

/**
 * Update: a new version of the application's configuration, its template edited (or replaced by
 * an existing one) and reviewed side by side with the current one before OK. The page keeps the
 * application as it loaded it: a change made elsewhere meanwhile answers 409, and Reload takes it.
 */
export function ApplicationUpdatePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const query = useApplicationQuery({ id });
  const [basedOn, setBasedOn] = useState<ApplicationDto>();
  if (!basedOn && query.data) setBasedOn(query.data);
  const [form] = Form.useForm<UpdateValues>();
  const version = Form.useWatch('version', form);
  const editor = useRef<TemplateEditorHandle>(null);
  const source = useTemplateSource({
    key: `application-${basedOn?.metadata.resourceVersion ?? 0}`,
    content: basedOn?.spec.template ?? '',
  });
  const [values, setValues] = useState<Record<string, string>>();
  const parameterValues = values ?? basedOn?.spec.variables ?? {};
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const [review, setReview] = useState<Review>();
  const [failure, setFailure] = useState<UpdateFailure>();
  const update = useApplicationUpdateMutation();

  const openReview = async () => {
    setTried(true);
    setFailure(undefined);
    const fields = await form.validateFields().catch(() => undefined);
    const current = editor.current?.read();
    if (!fields || !current) return;
    const errors = contentErrors(current.analysis);
    setRefused(errors);
    if (errors.length > 0 || missingParameters(current.analysis.parameters, parameterValues).length > 0) return;
    setReview({
      values: fields,
      template: current.content,
      variables: variablesToSend(current.analysis.parameters, parameterValues),
    });
  };

  const confirm = () => {
    if (!review || !basedOn) return;
    update.mutate(
      { id, body: toUpdateRequest(review.values, review.template, review.variables, basedOn) },
      {
        onSuccess: (updated) => {
          void message.info(`Updating application ${updated.metadata.name} to version ${updated.spec.version}.`);
          const { name, resourceVersion } = updated.metadata;
          void navigate(applicationDetailPath(id), {
            state: followedState({ id, name, operation: 'update', resourceVersion }),
          });
        },
        onError: (error) => {
          const described = describeUpdateFailure(error);
          setFailure(described);
          if (described.fields.length > 0) (form as FormInstance).setFields(described.fields);
          if (described.fields.length > 0 || described.template.length > 0 || described.stale) setReview(undefined);
        },
      },
    );
  };

  const reload = async () => {
    const { data } = await query.refetch();
    if (!data) return;
    setFailure(undefined);
    setBasedOn(data);
    setValues(undefined);
    source.reset();
    form.setFieldsValue(initialUpdateValues(data));
  };

  if (query.isError && query.error instanceof ApiError && query.error.status === 404) {
    return <ApplicationNotFound />;
  }

  const name = basedOn?.metadata.name ?? id;
  const busy = basedOn && query.data ? applicationActionProblem(query.data, 'update') : undefined;
  const canOk = basedOn !== undefined && versionChanged(basedOn, version) && !busy;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={applicationListPath(basedOn?.spec.clusterId)}>Application List</Link> },
          { title: <Link to={applicationDetailPath(id)}>{name}</Link> },
          { title: 'Update' },
        ]}
      />
      <PageHeading title={`Update Application: ${name}`} />
      {query.isError && <LoadFailureAlert what="The application" error={query.error} />}
      {failure?.stale ? (
        <StaleChangeAlert
          message={failure.message}
          what="the application"
          reloading={query.isFetching}
          onReload={() => void reload()}
        />
      ) : (
        !review && <FailureAlert message={failure?.message} />
      )}
      {busy && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={busy} />}
      {!basedOn ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <UpdateFields
              form={form}
              initialValues={initialUpdateValues(basedOn)}
              currentVersion={basedOn.spec.version}
            />
          </Card>
          <TemplateSourceCard
            source={source}
            editorRef={editor}
            errors={[...refused, ...(failure?.template ?? [])]}
            stops="updating"
            selectNote={`Note: ${OVERWRITE_NOTE}`}
          />
          <ParametersAndPlacement
            content={source.content}
            parameters={source.analysis.parameters}
            values={parameterValues}
            onChange={setValues}
            showMissing={tried}
            errors={failure?.variables}
            target={{ clusterId: basedOn.spec.clusterId, name: basedOn.metadata.name, applicationId: id }}
          />
          <Flex justify="flex-end" gap={8}>
            <Button size="large" onClick={() => void navigate(applicationDetailPath(id))}>
              Cancel
            </Button>
            <Tooltip title={canOk ? undefined : (busy ?? VERSION_NOTE)}>
              <Button type="primary" size="large" disabled={!canOk} onClick={() => void openReview()}>
                OK
              </Button>
            </Tooltip>
          </Flex>
        </Flex>
      )}
      {review && basedOn && (
        <ReviewChangesDialog
          application={basedOn}
          values={review.values}
          template={review.template}
          variables={review.variables}
          pending={update.isPending}
          failure={failure?.message}
          onOk={confirm}
          onCancel={() => setReview(undefined)}
        />
      )}
    </>
  );
}
