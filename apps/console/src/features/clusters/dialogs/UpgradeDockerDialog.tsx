import { useState } from 'react';
import { Alert, Button, Flex, Modal, Result } from 'antd';
import type { ClusterDto, UpgradeDockerRequest } from '@cs/contracts';
import { LATEST_AGENT_VERSION, OPERATION_CONDITIONS } from '@cs/domain';
import { useClusterUpgradeDockerMutation } from '../../../data/clusters/cluster-upgrade-docker-mutation.ts';
import { useDockerUpgradeDecisionMutation } from '../../../data/clusters/cluster-docker-decision-mutation.ts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { failureMessage } from '../../../forms/api-failure.ts';
import { snapshotFailed } from '../clusters.utils.ts';
import type { ClusterOperation } from '../clusters.utils.ts';
import { OperationProgress } from './OperationProgress.tsx';

const UPGRADE_STEPS = OPERATION_CONDITIONS['upgrade-docker'];

interface UpgradeDockerDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
  /** Opens another operation's dialog (Upgrade Agent, when the Agent is too old). */
  onOpen?: (operation: ClusterOperation) => void;
}

function UpgradeChoice({ cluster, onOpen }: Pick<UpgradeDockerDialogProps, 'cluster' | 'onOpen'>) {
  const agentOutdated = cluster.status.agentVersion !== '' && cluster.status.agentVersion !== LATEST_AGENT_VERSION;
  return (
    <Flex vertical gap={16}>
      <p style={{ margin: 0 }}>
        Standard Docker Daemon is installed on each server in the cluster for container management. The cluster{' '}
        <strong>{cluster.metadata.name}</strong> runs Docker{' '}
        <strong>{cluster.status.dockerVersion || 'unknown'}</strong>.
      </p>
      {agentOutdated && (
        <Alert
          type="warning"
          showIcon
          title="If your Agent version is too old, you need to first upgrade your Agent."
          description={`The cluster runs Agent ${cluster.status.agentVersion}; the latest is ${LATEST_AGENT_VERSION}.`}
          action={onOpen && <Button onClick={() => onOpen('upgrade-agent')}>Upgrade Agent</Button>}
        />
      )}
      <div>
        <strong>Upgrade Directly</strong>
        <p style={{ margin: '4px 0 0' }}>Click Upgrade Directly to enter the Docker Engine upgrading process.</p>
      </div>
      <div>
        <strong>Back up Snapshot before Upgrade</strong>
        <p style={{ margin: '4px 0 0' }}>
          It is recommended that you back up the snapshot before upgrading Docker, so that you can recover Docker if a
          fault occurs during the upgrade process. The system calls the ECS OpenAPI to take snapshots of the nodes in
          the cluster. Taking snapshots may take some time; after all snapshots are taken, the system enters the Docker
          Engine upgrading process automatically.
        </p>
      </div>
    </Flex>
  );
}

/** Upgrade Docker: directly, or after snapshots; a failed snapshot waits for Continue or Quit. */
export function UpgradeDockerDialog({ cluster, onClose, onOpen }: UpgradeDockerDialogProps) {
  const upgrade = useClusterUpgradeDockerMutation();
  const decision = useDockerUpgradeDecisionMutation();
  const [started, setStarted] = useState(false);
  const waiting = snapshotFailed(cluster);
  const { id } = cluster.metadata;
  const working = cluster.status.phase === 'Updating' && !waiting;
  const done = started && !working && !waiting && cluster.status.phase === 'Running';
  const error = upgrade.error ?? decision.error;

  const start = (mode: UpgradeDockerRequest['mode']) =>
    upgrade.mutate({ id, body: { mode } }, { onSuccess: () => setStarted(true) });
  const decide = (choice: 'continue' | 'quit') =>
    decision.mutate({ id, decision: choice }, { onSuccess: () => setStarted(choice === 'continue') });

  let footer: React.ReactNode[];
  if (waiting) {
    footer = [
      <Button
        key="quit"
        danger
        loading={decision.isPending && decision.variables.decision === 'quit'}
        onClick={() => decide('quit')}
      >
        Quit
      </Button>,
      <Button
        key="continue"
        type="primary"
        loading={decision.isPending && decision.variables.decision === 'continue'}
        onClick={() => decide('continue')}
      >
        Continue
      </Button>,
    ];
  } else if (started || working) {
    footer = [
      <Button key="close" type="primary" onClick={onClose}>
        Close
      </Button>,
    ];
  } else {
    footer = [
      <Button key="cancel" onClick={onClose}>
        Cancel
      </Button>,
      <Button
        key="snapshot"
        loading={upgrade.isPending && upgrade.variables.body.mode === 'snapshot'}
        onClick={() => start('snapshot')}
      >
        Back up Snapshot before Upgrade
      </Button>,
      <Button
        key="direct"
        type="primary"
        loading={upgrade.isPending && upgrade.variables.body.mode === 'direct'}
        onClick={() => start('direct')}
      >
        Upgrade Directly
      </Button>,
    ];
  }

  return (
    <Modal open title="Upgrade Docker" width={640} onCancel={onClose} footer={footer}>
      {!started && !working && !waiting && <UpgradeChoice cluster={cluster} onOpen={onOpen} />}
      {(started || working || waiting) && !done && (
        <Flex vertical gap={16}>
          {waiting ? (
            <Alert
              type="error"
              showIcon
              title="Taking the snapshots failed."
              description="Click Continue to enter the Docker Engine upgrading process without snapshots, or Quit to give up the upgrade."
            />
          ) : (
            <Alert
              type="info"
              showIcon
              title="Docker-Engine is upgrading."
              description="This may take a while as container data will be backed up during the upgrade of the Docker Engine. You can close this dialog: the cluster list shows the cluster's status."
            />
          )}
          <OperationProgress cluster={cluster} conditionTypes={UPGRADE_STEPS} working={working} />
        </Flex>
      )}
      {done && (
        <Result status="success" title={`Docker upgraded: the cluster runs Docker ${cluster.status.dockerVersion}.`} />
      )}
      <FailureAlert message={error ? failureMessage(error) : undefined} />
    </Modal>
  );
}
