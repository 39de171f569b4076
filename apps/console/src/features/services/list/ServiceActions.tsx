import { Flex } from 'antd';
import { Link } from 'react-router';
import type { ServiceDto } from '@cs/contracts';
import { ActionLink } from '../../workloads/ActionLink.tsx';
import { ActionSeparator } from '../../workloads/ActionSeparator.tsx';
import { serviceMonitorPath } from '../../monitoring/monitoring-paths.ts';
import { serviceDetailPath } from '../service-paths.ts';
import { SERVICE_OPERATION_LABELS, serviceOperationProblem, serviceSwitch } from '../services.utils.ts';
import type { ServiceOperation } from '../services.utils.ts';

interface ServiceActionsProps {
  service: ServiceDto;
  onOperation: (operation: ServiceOperation, service: ServiceDto) => void;
}

/** The Service List's Action column: Monitor Update Stop (or Activate) Delete Reschedule Restart Events. */
export function ServiceActions({ service, onOperation }: ServiceActionsProps) {
  const link = (operation: ServiceOperation) => (
    <ActionLink
      label={SERVICE_OPERATION_LABELS[operation]}
      danger={operation === 'delete'}
      problem={serviceOperationProblem(service, operation)}
      onClick={() => onOperation(operation, service)}
    />
  );
  return (
    <Flex vertical gap={2} role="group" aria-label={`Actions of ${service.metadata.name}`}>
      <Flex gap={6} align="center" wrap>
        <Link to={serviceMonitorPath(service.metadata.id)}>Monitor</Link>
        <ActionSeparator />
        {link('update')}
        <ActionSeparator />
        {link(serviceSwitch(service))}
        <ActionSeparator />
        {link('delete')}
      </Flex>
      <Flex gap={6} align="center" wrap>
        {link('reschedule')}
        <ActionSeparator />
        {link('restart')}
        <ActionSeparator />
        <Link to={serviceDetailPath(service.metadata.id, 'events')}>Events</Link>
      </Flex>
    </Flex>
  );
}
