import { useMemo } from 'react';
import { Alert, App, Flex, Form, InputNumber, Modal, Typography } from 'antd';
import { BOTH_WEIGHTS_WARNING, MAX_SERVICE_WEIGHT, SERVICE_WEIGHT_RULE } from '@cs/domain';
import { SetServiceWeightsRequestSchema } from '@cs/contracts';
import type { ServiceRoute } from '@cs/contracts';
import { FailureAlert } from '../../../../components/FailureAlert.tsx';
import { useServiceWeightsMutation } from '../../../../data/routes/service-weights-mutation.ts';
import { failureMessage } from '../../../../forms/api-failure.ts';
import { contractRule } from '../../../../forms/contract-rule.ts';
import { ReleaseRoleTag } from '../../ReleaseRoleTag.tsx';
import { changedWeights, routedServices } from './routes.utils.ts';

type WeightValues = Record<string, number | null>;

const weightRules = [
  { required: true, message: SERVICE_WEIGHT_RULE },
  contractRule(SetServiceWeightsRequestSchema.shape.weights.element.shape.weight),
];

interface SetServiceWeightDialogProps {
  applicationId: string;
  routes: readonly ServiceRoute[];
  onClose: () => void;
}

/**
 * Set Service Weight: one weight per routed service. Moving more than one weight in a step is
 * allowed, after the guide's warning that some requests might fail while routing reloads.
 */
export function SetServiceWeightDialog({ applicationId, routes, onClose }: SetServiceWeightDialogProps) {
  const { message } = App.useApp();
  const services = useMemo(() => routedServices(routes), [routes]);
  const initialValues = useMemo(
    () => Object.fromEntries(services.map((s) => [s.serviceId, s.weight])) as WeightValues,
    [services],
  );
  const [form] = Form.useForm<WeightValues>();
  const edited = Form.useWatch((values: WeightValues) => values, form) ?? initialValues;
  const movesSeveral = changedWeights(services, edited).length > 1;
  const setWeights = useServiceWeightsMutation(applicationId);

  const submit = (values: WeightValues) => {
    const weights = changedWeights(services, values);
    if (weights.length === 0) {
      onClose();
      return;
    }
    setWeights.mutate(
      { applicationId, body: { weights } },
      {
        onSuccess: (result) => {
          if (result.warning) void message.warning(result.warning);
          else void message.success('The service weights are set.');
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title="Set Service Weight"
      okText={movesSeveral ? 'Set Anyway' : 'OK'}
      okButtonProps={{ loading: setWeights.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <FailureAlert message={setWeights.error ? failureMessage(setWeights.error) : undefined} />
      {movesSeveral && (
        <Alert type="warning" showIcon role="alert" title={BOTH_WEIGHTS_WARNING} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">
        The services of a route share its requests in proportion to their weights (0 to {MAX_SERVICE_WEIGHT}); a weight
        of 0 sends a service no new requests.
      </Typography.Paragraph>
      <Form<WeightValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {services.map((s) => (
          <Form.Item
            key={s.serviceId}
            name={s.serviceId}
            label={
              <Flex gap={8} align="center">
                <span>{s.serviceName}</span>
                <ReleaseRoleTag role={s.releaseRole} />
              </Flex>
            }
            rules={weightRules}
            style={{ marginBottom: 12 }}
          >
            <InputNumber
              aria-label={`Weight of ${s.serviceName}`}
              min={0}
              max={MAX_SERVICE_WEIGHT}
              precision={0}
              style={{ width: 160 }}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
