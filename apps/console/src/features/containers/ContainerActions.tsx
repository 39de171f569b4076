import { Flex } from 'antd';
import { Link } from 'react-router';
import type { ContainerDto } from '@cs/contracts';
import type { ContainerAction } from '../../data/containers/container-lifecycle-mutation.ts';
import { ActionLink } from '../workloads/ActionLink.tsx';
import { ActionSeparator } from '../workloads/ActionSeparator.tsx';
import { containerDetailPath } from './container-paths.ts';
import { containerDeleteProblem, containerSwitch, containerSwitchProblem } from './containers.utils.ts';

interface ContainerActionsProps {
  container: ContainerDto;
  /** The action running for this container, if any. */
  pending: ContainerAction | undefined;
  onAction: (action: ContainerAction, container: ContainerDto) => void;
}

/** A container's Action column: Delete, Stop or Start, Monitor, Logs, Web Terminal. */
export function ContainerActions({ container, pending, onAction }: ContainerActionsProps) {
  const { phase } = container.status;
  const switchTo = containerSwitch(phase);
  return (
    <Flex vertical gap={2} role="group" aria-label={`Actions of ${container.metadata.name}`}>
      <Flex gap={6} align="center">
        <ActionLink
          label="Delete"
          danger
          problem={containerDeleteProblem(phase)}
          onClick={() => onAction('delete', container)}
        />
        <ActionSeparator />
        <ActionLink
          label={switchTo === 'stop' ? 'Stop' : 'Start'}
          problem={containerSwitchProblem(phase)}
          loading={pending === switchTo}
          onClick={() => onAction(switchTo, container)}
        />
        <ActionSeparator />
        <Link to={containerDetailPath(container.metadata.id, 'monitor')}>Monitor</Link>
      </Flex>
      <Flex gap={6} align="center">
        <Link to={containerDetailPath(container.metadata.id, 'logs')}>Logs</Link>
        <ActionSeparator />
        <Link to={containerDetailPath(container.metadata.id, 'terminal')}>Web Terminal</Link>
      </Flex>
    </Flex>
  );
}
