import { Alert, Descriptions, Flex, Modal } from 'antd';
import type { ApplicationDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { TemplateDiff } from '../template/TemplateDiff.tsx';
import { RESCHEDULE_WARNING } from './update.utils.ts';
import type { UpdateValues } from './update.utils.ts';

interface ReviewChangesDialogProps {
  application: ApplicationDto;
  values: UpdateValues;
  template: string;
  variables: Record<string, string>;
  pending: boolean;
  failure: string | undefined;
  onOk: () => void;
  onCancel: () => void;
}

const changedParameters = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]);

/** Before OK: the current and the new template side by side, and what else changes. */
export function ReviewChangesDialog(props: ReviewChangesDialogProps) {
  const { application, values, template, variables, pending, failure, onOk, onCancel } = props;
  const parameters = changedParameters(application.spec.variables, variables);
  return (
    <Modal
      open
      title={`Update ${application.metadata.name}: review the changes`}
      width="min(1280px, calc(100vw - 64px))"
      okText="OK"
      cancelText="Back"
      okButtonProps={{ loading: pending }}
      onOk={onOk}
      onCancel={onCancel}
    >
      <Flex vertical gap={16}>
        <FailureAlert message={failure} />
        <Descriptions
          size="small"
          column={3}
          items={[
            {
              key: 'version',
              label: 'Version',
              children: `${application.spec.version} → ${values.version.trim()}`,
            },
            { key: 'reschedule', label: 'Reschedule', children: values.reschedule ? 'Yes' : 'No' },
            {
              key: 'parameters',
              label: 'Parameters changed',
              children: parameters.length > 0 ? parameters.join(', ') : 'None',
            },
          ]}
        />
        {values.reschedule && <Alert type="warning" showIcon title={<>Note: {RESCHEDULE_WARNING}</>} />}
        <TemplateDiff
          original={application.spec.template}
          modified={template}
          originalTitle={`Current template (version ${application.spec.version})`}
          modifiedTitle={`New template (version ${values.version.trim()})`}
        />
      </Flex>
    </Modal>
  );
}
