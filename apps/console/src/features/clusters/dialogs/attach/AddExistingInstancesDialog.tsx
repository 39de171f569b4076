import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Modal, Result, Steps, Tooltip } from 'antd';
import { clusterFullMessage, nodeRoom } from '@cs/domain';
import { ClusterAttachRequestSchema } from '@cs/contracts';
import type { AttachCommand as AttachCommandDto, ClusterDto } from '@cs/contracts';
import { useClusterAttachMutation } from '../../../../data/clusters/cluster-attach-mutation.ts';
import { useQuotas } from '../../../../data/quotas/quotas-query.ts';
import { FailureAlert } from '../../../../components/FailureAlert.tsx';
import { LogonPasswordFields } from '../../../../forms/LogonPasswordFields.tsx';
import { useFormFailure } from '../../../../forms/use-form-failure.ts';
import { regionName } from '../../clusters.utils.ts';
import { AttachCommand } from './AttachCommand.tsx';
import { AttachModeChoice } from './AttachModeChoice.tsx';
import { InstancePicker } from './InstancePicker.tsx';
import { attachStepTitles, selectionProblem } from './attach.utils.ts';
import type { AttachMode } from './attach.utils.ts';

interface PasswordValues {
  password: string;
  confirmPassword: string;
}

const FIELDS = ['password', 'confirmPassword'] as const;

interface AddExistingInstancesDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** More > Add Existing Instances: choose how and which, then set the password or run the command. */
export function AddExistingInstancesDialog({ cluster, onClose }: AddExistingInstancesDialogProps) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const failure = useFormFailure(form, FIELDS);
  const attach = useClusterAttachMutation();
  const [step, setStep] = useState(0);
  const [mode, setMode] = useState<AttachMode>('automatic');
  const [selected, setSelected] = useState<string[]>([]);
  const [command, setCommand] = useState<AttachCommandDto | undefined>();
  const { nodesPerCluster } = useQuotas();
  const full = nodeRoom(cluster.status.nodeCount, nodesPerCluster) === 0;
  const problem = selectionProblem(mode, selected.length, cluster.status.nodeCount, nodesPerCluster);
  const { id, name } = cluster.metadata;
  const toRequest = (values: Record<string, unknown>) => ({ mode: 'automatic', instanceIds: selected, ...values });

  const chooseMode = (next: AttachMode) => {
    setMode(next);
    setSelected((ids) => (next === 'manual' ? ids.slice(0, 1) : ids));
  };

  const addAutomatically = (values: PasswordValues) => {
    modal.confirm({
      title: 'Confirm',
      content: `The image and system disk of ${selected.join(', ')} will be reset, and all data on the system disk will be lost. Add ${selected.length === 1 ? 'this instance' : 'these instances'} to ${name}?`,
      okText: 'Confirm',
      onOk: () =>
        attach
          .mutateAsync({ id, body: { mode: 'automatic', instanceIds: selected, ...values } })
          .then(() => setStep(2))
          .catch(failure.report),
    });
  };

  const addManually = () => {
    failure.clear();
    attach.mutate(
      { id, body: { mode: 'manual', instanceIds: selected } },
      {
        onSuccess: (answer) => {
          if ('attachCommand' in answer) setCommand(answer.attachCommand);
          setStep(2);
        },
        onError: failure.report,
      },
    );
  };

  const next = (
    <Tooltip title={problem}>
      <Button type="primary" disabled={problem !== undefined} onClick={() => setStep(1)}>
        Next
      </Button>
    </Tooltip>
  );
  const previous = (
    <Button onClick={() => setStep(0)} disabled={attach.isPending}>
      Previous
    </Button>
  );
  const footers = [
    [
      <Button key="cancel" onClick={onClose}>
        Cancel
      </Button>,
      <span key="next">{next}</span>,
    ],
    mode === 'automatic'
      ? [
          <span key="prev">{previous}</span>,
          <Button key="next" type="primary" htmlType="submit" form="attach-instances" loading={attach.isPending}>
            Next
          </Button>,
        ]
      : [
          <span key="prev">{previous}</span>,
          <Button key="next" type="primary" loading={attach.isPending} onClick={addManually}>
            Next Step
          </Button>,
        ],
    mode === 'automatic'
      ? [
          <Button key="finish" type="primary" onClick={onClose}>
            Finish
          </Button>,
        ]
      : [
          <Button key="done" type="primary" onClick={onClose}>
            Done
          </Button>,
        ],
  ];

  return (
    <Modal
      open
      title="Add Existing Instances"
      width={920}
      maskClosable={false}
      onCancel={onClose}
      footer={footers[step]}
    >
      <Steps
        size="small"
        current={step}
        items={attachStepTitles(mode).map((title) => ({ title }))}
        style={{ marginBottom: 24 }}
      />
      {step === 0 && (
        <>
          {full && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={clusterFullMessage(nodesPerCluster)} />
          )}
          <AttachModeChoice mode={mode} onChange={chooseMode} />
          <div style={{ marginTop: 16 }}>
            <InstancePicker cluster={cluster} mode={mode} selected={selected} onSelect={setSelected} />
          </div>
        </>
      )}
      {step === 1 && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 24 }}
            items={[
              { key: 'cluster', label: 'Cluster', children: name },
              { key: 'region', label: 'Region', children: regionName(cluster.spec.region) },
              { key: 'mode', label: 'Method', children: mode === 'automatic' ? 'Automatically Add' : 'Manually Add' },
              { key: 'instances', label: 'Instances', children: selected.join(', ') },
            ]}
          />
          {mode === 'automatic' && (
            <Form<PasswordValues>
              name="attach-instances"
              form={form}
              labelCol={{ span: 6 }}
              wrapperCol={{ span: 14 }}
              onFinish={addAutomatically}
              disabled={attach.isPending}
            >
              <LogonPasswordFields
                passwordName={['password']}
                confirmName={['confirmPassword']}
                schema={ClusterAttachRequestSchema}
                toRequest={toRequest}
              />
            </Form>
          )}
          <FailureAlert message={failure.message} />
        </>
      )}
      {step === 2 && mode === 'automatic' && (
        <Result
          status="success"
          title="The instances are being added to the cluster."
          subTitle={`Their images are reset and they join ${name}, which shows Scaling until they are ready. You can check the cluster status in the cluster list.`}
        />
      )}
      {step === 2 && mode === 'manual' && command && <AttachCommand attachCommand={command} />}
    </Modal>
  );
}
