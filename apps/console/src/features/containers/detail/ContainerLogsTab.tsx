import type { ContainerDto } from '@cs/contracts';
import { WorkloadLogs } from '../../logs/WorkloadLogs.tsx';

/** The Logs tab of a container's page: its lines, as `docker logs` has them. */
export function ContainerLogsTab({ container }: { container: ContainerDto }) {
  return <WorkloadLogs kind="containers" id={container.metadata.id} name={container.metadata.name} />;
}
