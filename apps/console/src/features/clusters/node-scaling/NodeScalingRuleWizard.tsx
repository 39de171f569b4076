import { useState } from 'react';
import { App, Button, Form, Modal, Steps } from 'antd';
import type { ClusterDto, NodeScalingRuleDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useNodeScalingRuleSaveMutation } from '../../../data/node-scaling/node-scaling-rule-save-mutation.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';
import { InstanceSpecFields } from './InstanceSpecFields.tsx';
import { ScalingPolicyFields } from './ScalingPolicyFields.tsx';
import {
  POLICY_FIELDS,
  WIZARD_FIELDS,
  newRuleValues,
  nodeScalingRequest,
  ruleValues,
} from './node-scaling-form.utils.ts';
import type { NodeScalingFormValues } from './node-scaling-form.utils.ts';

interface NodeScalingRuleWizardProps {
  cluster: ClusterDto;
  /** Modify: the rule prefilled; absent for Create Auto Scaling Rule. */
  rule?: NodeScalingRuleDto;
  onClose: () => void;
}

// antd's typed name paths do not cover the optional nested bounds.
const policyNames = POLICY_FIELDS.map((f) => f.split('.')) as never[];

/**
 * Create Auto Scaling Rule (or Modify): step 1 the scaling policy, Next, step 2 the instance
 * specification and the RDS white lists, Submit. Both steps stay mounted, so going back keeps values.
 */
export function NodeScalingRuleWizard({ cluster, rule, onClose }: NodeScalingRuleWizardProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NodeScalingFormValues>();
  const [step, setStep] = useState(0);
  const failure = useFormFailure(form, WIZARD_FIELDS);
  const save = useNodeScalingRuleSaveMutation(cluster.metadata.id);
  const cpu = Form.useWatch(['metrics', 'cpu'], form) as boolean | undefined;
  const memory = Form.useWatch(['metrics', 'memory'], form) as boolean | undefined;

  const next = async () => {
    try {
      await form.validateFields(policyNames, { recursive: true });
      setStep(1);
    } catch {
      // The fields show what is wrong.
    }
  };

  const submit = () => {
    failure.clear();
    const values = form.getFieldsValue(true) as NodeScalingFormValues;
    save.mutate(
      {
        clusterId: cluster.metadata.id,
        rule: nodeScalingRequest(values),
        resourceVersion: rule?.metadata.resourceVersion,
      },
      {
        onSuccess: () => {
          void message.success(rule ? 'The node scaling rule is modified.' : 'The node scaling rule is created.');
          onClose();
        },
        onError: (error) => {
          failure.report(error);
          const onPolicy = form.getFieldsError(policyNames).some((f) => f.errors.length > 0);
          if (onPolicy) setStep(0);
        },
      },
    );
  };

  const footer =
    step === 0
      ? [
          <Button key="cancel" onClick={onClose}>
            Cancel
          </Button>,
          <Button key="next" type="primary" disabled={!cpu && !memory} onClick={() => void next()}>
            Next
          </Button>,
        ]
      : [
          <Button key="back" onClick={() => setStep(0)}>
            Previous
          </Button>,
          <Button
            key="submit"
            type="primary"
            loading={save.isPending}
            onClick={() => void form.validateFields().then(submit, () => undefined)}
          >
            Submit
          </Button>,
        ];

  return (
    <Modal
      open
      width={760}
      title={rule ? 'Modify Auto Scaling Rule' : 'Create Auto Scaling Rule'}
      footer={footer}
      onCancel={onClose}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: 'Scaling Rule' }, { title: 'Instance Specification' }]}
      />
      <Form<NodeScalingFormValues>
        form={form}
        name="node-scaling-rule"
        layout="horizontal"
        labelCol={{ span: 7 }}
        wrapperCol={{ span: 17 }}
        initialValues={rule ? ruleValues(rule) : newRuleValues(cluster)}
        disabled={save.isPending}
      >
        <div hidden={step !== 0}>
          <ScalingPolicyFields />
        </div>
        <div hidden={step !== 1}>
          <InstanceSpecFields cluster={cluster} />
        </div>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}
