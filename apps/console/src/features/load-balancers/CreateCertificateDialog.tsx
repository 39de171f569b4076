import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { CertificateCreateRequestSchema } from '@cs/contracts';
import type { CertificateCreateRequest, CertificateDto } from '@cs/contracts';
import { CERTIFICATE_NAME_RULE } from '@cs/domain';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useCertificateMutation } from '../../data/load-balancers/certificate-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { REGION_OPTIONS, regionLabel } from './load-balancers.utils.ts';

const FIELDS = ['name', 'region', 'type', 'certificate', 'privateKey'] as const;
const { shape } = CertificateCreateRequestSchema;
const pem = { fontFamily: 'monospace', fontSize: 12 };

interface CreateCertificateDialogProps {
  region: string;
  /** With the certificate when one was created. */
  onClose: (created?: CertificateDto) => void;
}

/** Create Certificate: name, region, Server or CA certificate, PEM contents and (for a server certificate) its key. */
export function CreateCertificateDialog({ region, onClose }: CreateCertificateDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Required<CertificateCreateRequest>>();
  const type = Form.useWatch('type', form);
  const failure = useFormFailure(form, FIELDS);
  const create = useCertificateMutation();

  const submit = (request: Required<CertificateCreateRequest>) => {
    failure.clear();
    create.mutate(
      { kind: 'create', request: { ...request, privateKey: request.type === 'server' ? request.privateKey : null } },
      {
        onSuccess: (created) => {
          void message.success(`Certificate ${request.name} is created.`);
          onClose(created);
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title="Create Certificate"
      okText="Confirm"
      okButtonProps={{ htmlType: 'submit', form: 'create-certificate' }}
      confirmLoading={create.isPending}
      onCancel={() => onClose()}
    >
      <Form
        name="create-certificate"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={create.isPending}
        initialValues={{ region, type: 'server', privateKey: '' }}
      >
        <Form.Item
          label="Certificate Name"
          name="name"
          extra={CERTIFICATE_NAME_RULE}
          rules={[contractRule(shape.name)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Certificate Region"
          name="region"
          required
          extra={`(${regionLabel(region)}) is the current region.`}
          rules={[contractRule(shape.region)]}
        >
          <Select options={REGION_OPTIONS} />
        </Form.Item>
        <Form.Item label="Certificate Type" name="type" required>
          <Radio.Group
            options={[
              { value: 'server', label: 'Server Certificate' },
              { value: 'ca', label: 'CA Certificate' },
            ]}
          />
        </Form.Item>
        <p style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
          Please note that the format verification provided by the certificate editor is only intended as a reminder. It
          cannot distinguish whether the certificate format is actually valid or not.
        </p>
        <Form.Item
          label="Certificate Contents"
          name="certificate"
          required
          extra="( PEM Code )"
          rules={[contractRule(shape.certificate)]}
        >
          <Input.TextArea rows={6} style={pem} placeholder="-----BEGIN CERTIFICATE-----" spellCheck={false} />
        </Form.Item>
        {type !== 'ca' && (
          <Form.Item
            label="Private Key"
            name="privateKey"
            required
            extra="( PEM Code )"
            rules={[{ required: true, whitespace: true, message: 'A Server Certificate needs its private key.' }]}
          >
            <Input.TextArea rows={6} style={pem} placeholder="-----BEGIN PRIVATE KEY-----" spellCheck={false} />
          </Form.Item>
        )}
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}
