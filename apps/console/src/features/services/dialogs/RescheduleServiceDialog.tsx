import { useState } from 'react';
import { App, Checkbox, Flex, Modal } from 'antd';
import type { ServiceDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useServiceRescheduleMutation } from '../../../data/services/service-reschedule-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';

const note = { color: 'rgba(0, 0, 0, 0.55)', margin: '4px 0 0 24px' };

interface RescheduleServiceDialogProps {
  service: ServiceDto;
  onClose: () => void;
}

/** Reschedule: rebalances the service's containers onto new or lightly loaded nodes, with the guide's two options. */
export function RescheduleServiceDialog({ service, onClose }: RescheduleServiceDialogProps) {
  const { message } = App.useApp();
  const [ignoreLocalVolumes, setIgnoreLocalVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const reschedule = useServiceRescheduleMutation();
  const { id, name } = service.metadata;

  const confirm = () =>
    reschedule.mutate(
      { id, body: { ignoreLocalVolumes, force } },
      {
        onSuccess: () => {
          void message.success(`Rescheduling service ${name}.`);
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title="Reschedule"
      width={620}
      okText="OK"
      okButtonProps={{ loading: reschedule.isPending }}
      onOk={confirm}
      onCancel={onClose}
    >
      <Flex vertical gap={16}>
        <p style={{ margin: 0 }}>
          Rescheduling <strong>{name}</strong> moves its containers from nodes with high loads to newly added nodes or
          nodes with low loads, to rebalance the cluster load.
        </p>
        <div>
          <Checkbox checked={ignoreLocalVolumes} onChange={(e) => setIgnoreLocalVolumes(e.target.checked)}>
            Ignore Local Volumes
          </Checkbox>
          <p style={note}>
            During rescheduling, containers with local volumes may be migrated to other machines, resulting in a loss of
            data. To ignore local data volumes, select this option. Otherwise, containers with local volumes will not be
            rescheduled.
          </p>
        </div>
        <div>
          <Checkbox checked={force} onChange={(e) => setForce(e.target.checked)}>
            Force Reschedule
          </Checkbox>
          <p style={note}>
            In order to ensure the stability of online services, by default, only machines with memory usage over 60%
            and CPU usage over 40% will be rescheduled. To remove this restriction, select this option. This will
            reschedule the machines by force ignoring their resource usage.
          </p>
        </div>
        <p style={{ margin: 0, color: 'rgba(0, 0, 0, 0.55)' }}>
          Note: The memory and CPU usage values may vary depending on the container configuration. Therefore, they do
          not always represent the actual usage conditions.
        </p>
        <FailureAlert message={reschedule.error ? failureMessage(reschedule.error) : undefined} />
      </Flex>
    </Modal>
  );
}
