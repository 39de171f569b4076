import { Alert, Flex, Radio } from 'antd';
import type { AttachMode } from './attach.utils.ts';

const code = { fontFamily: 'monospace', fontSize: 12, background: 'rgba(0, 0, 0, 0.04)', padding: '0 4px' };

function ManualAddNotes() {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      <li>You can only select one ECS instance at a time.</li>
      <li>
        If you have already installed Docker on your ECS instance, manually adding the ECS instance to a cluster might
        fail. Uninstall Docker and remove the Docker folders first — Ubuntu:{' '}
        <span style={code}>
          apt-get remove -y docker-engine; rm -fr /etc/docker/ /var/lib/docker /etc/default/docker
        </span>
        ; CentOS: <span style={code}>yum remove -y docker-engine; rm -fr /etc/docker /var/lib/docker</span>
      </li>
      <li>
        The Container Service requires that the kernel of the ECS instance should be Linux 3.18 or higher; otherwise the
        instance cannot be added and you need to upgrade your kernel. To avoid losing your data, create a snapshot
        before upgrading your kernel. Ubuntu 14.04/16.04 or CentOS 7 is recommended.
      </li>
    </ul>
  );
}

interface AttachModeChoiceProps {
  mode: AttachMode;
  onChange: (mode: AttachMode) => void;
}

/** Automatically Add or Manually Add, with what each means for the instance. */
export function AttachModeChoice({ mode, onChange }: AttachModeChoiceProps) {
  return (
    <Flex vertical gap={12}>
      <Radio.Group
        aria-label="How to add"
        value={mode}
        onChange={(e) => onChange(e.target.value as AttachMode)}
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: 'automatic', label: 'Automatically Add' },
          { value: 'manual', label: 'Manually Add' },
        ]}
      />
      {mode === 'automatic' ? (
        <Alert
          type="warning"
          showIcon
          title="This method will reset the image and system disk of the ECS instance; use it with due care."
          description="All data on the system disk is lost. To avoid losing your data, create a snapshot before you add the ECS instance. You can add one or multiple instances to the cluster at a time."
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title="Manually add the instance to the cluster by executing a script on the ECS instance."
          description={<ManualAddNotes />}
        />
      )}
      <div style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
        The instances displayed are screened from the ECS instance list according to the region and network type of the
        cluster. An instance must be in the same region and use the same type of network (classic or VPC) as the
        cluster, and needs a public IP (classic network) or EIP (VPC); otherwise it might not be added successfully. ECS
        instances of a different account cannot be added.
      </div>
    </Flex>
  );
}
