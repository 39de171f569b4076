import { Flex } from 'antd';
import type { ContainerDto } from '@cs/contracts';
import type { ContainerAction } from '../../data/containers/container-lifecycle-mutation.ts';
import { ActionLink } from '../workloads/ActionLink.tsx';
import { ActionSeparator } from '../workloads/ActionSeparator.tsx';
import { LaterPageLink } from '../workloads/LaterPageLink.tsx';
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
        <LaterPageLink label="Monitor" later="Container monitoring charts" />
      </Flex>
      <Flex gap={6} align="center">
        <LaterPageLink label="Logs" later="Container logs" />
        <ActionSeparator />
        <LaterPageLink label="Web Terminal" later="The web terminal and its shell" />
      </Flex>
    </Flex>
  );
}
