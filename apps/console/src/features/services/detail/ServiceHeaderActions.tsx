import { Button, Flex, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { ServiceDto } from '@cs/contracts';
import { WorkloadPhaseTag } from '../../workloads/WorkloadPhaseTag.tsx';
import { SERVICE_OPERATION_LABELS, serviceOperationProblem, serviceSwitch } from '../services.utils.ts';
import type { ServiceOperation } from '../services.utils.ts';

interface ServiceHeaderActionsProps {
  service: ServiceDto | undefined;
  refreshing: boolean;
  onRefresh: () => void;
  onOperation: (operation: ServiceOperation) => void;
}

/** The details page's buttons: the service's status and what the Service List's Action column does. */
export function ServiceHeaderActions({ service, refreshing, onRefresh, onOperation }: ServiceHeaderActionsProps) {
  const button = (operation: ServiceOperation) => {
    const problem = service ? serviceOperationProblem(service, operation) : 'Loading the service…';
    return (
      <Tooltip key={operation} title={problem}>
        <Button danger={operation === 'delete'} disabled={problem !== undefined} onClick={() => onOperation(operation)}>
          {SERVICE_OPERATION_LABELS[operation]}
        </Button>
      </Tooltip>
    );
  };
  return (
    <Flex gap={8} align="center" wrap>
      {service && <WorkloadPhaseTag phase={service.status.phase} reason={service.status.reason} />}
      {button('update')}
      {button(service ? serviceSwitch(service) : 'stop')}
      {button('reschedule')}
      {button('restart')}
      {button('delete')}
      <Button icon={<ReloadOutlined aria-hidden />} loading={refreshing} onClick={onRefresh}>
        Refresh
      </Button>
    </Flex>
  );
}
