import { useState } from 'react';
import { App, Button, Flex, Form, Modal, Steps } from 'antd';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useListenerMutation } from '../../data/load-balancers/listener-mutation.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { CreateCertificateDialog } from './CreateCertificateDialog.tsx';
import { HealthCheckStep } from './HealthCheckStep.tsx';
import { ListenerConfigurationStep } from './ListenerConfigurationStep.tsx';
import {
  CONFIGURATION_FIELDS,
  HEALTH_CHECK_FIELDS,
  defaultListenerValues,
  toListenerRequest,
} from './listener-form.utils.ts';
import type { ListenerFormValues } from './listener-form.utils.ts';

const FIELDS = [...CONFIGURATION_FIELDS, ...HEALTH_CHECK_FIELDS];

interface AddListenerWizardProps {
  loadBalancerId: string;
  region: string;
  onClose: () => void;
}

/** Add Listener: 1. Listener Configuration, 2. Health Check Configuration, then Confirm. */
export function AddListenerWizard({ loadBalancerId, region, onClose }: AddListenerWizardProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ListenerFormValues>();
  const [step, setStep] = useState(0);
  const [creatingCertificate, setCreatingCertificate] = useState(false);
  const failure = useFormFailure(form, FIELDS);
  const add = useListenerMutation();

  const next = async () => {
    await form.validateFields();
    setStep(1);
  };

  const confirm = async () => {
    await form.validateFields();
    failure.clear();
    const request = toListenerRequest(form.getFieldsValue(true) as ListenerFormValues);
    add.mutate(
      { kind: 'add', id: loadBalancerId, request },
      {
        onSuccess: () => {
          void message.success(
            `Listener ${request.frontendProtocol.toUpperCase()}:${request.frontendPort} is created.`,
          );
          onClose();
        },
        onError: (error) => {
          // The first step's fields are where most refusals belong: show them there.
          setStep(0);
          failure.report(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title="Add Listener"
      onCancel={onClose}
      footer={
        <Flex gap={8} justify="flex-end">
          {step === 1 && <Button onClick={() => setStep(0)}>Previous Step</Button>}
          {step === 0 ? (
            <Button type="primary" onClick={() => void next().catch(() => {})}>
              Next Step
            </Button>
          ) : (
            <Button type="primary" loading={add.isPending} onClick={() => void confirm().catch(() => {})}>
              Confirm
            </Button>
          )}
          <Button onClick={onClose}>Cancel</Button>
        </Flex>
      }
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: 'Listener Configuration' }, { title: 'Health Check Configuration' }]}
      />
      <Form
        name="add-listener"
        form={form}
        layout="horizontal"
        labelCol={{ span: 8 }}
        wrapperCol={{ span: 16 }}
        initialValues={defaultListenerValues()}
        disabled={add.isPending}
      >
        {step === 0 ? (
          <ListenerConfigurationStep
            form={form}
            region={region}
            onCreateCertificate={() => setCreatingCertificate(true)}
          />
        ) : (
          <HealthCheckStep form={form} />
        )}
      </Form>
      <FailureAlert message={failure.message} />
      {creatingCertificate && (
        <CreateCertificateDialog
          region={region}
          onClose={(created) => {
            setCreatingCertificate(false);
            if (created) form.setFieldValue('certificateId', created.metadata.id);
          }}
        />
      )}
    </Modal>
  );
}
