import { Result } from 'antd';
import type { ContainerDto } from '@cs/contracts';

/** The monitor tab of a container's page (being built in this issue). */
export function ContainerMonitorTab({ container }: { container: ContainerDto }) {
  return <Result title={`Its monitoring charts: ${container.metadata.name}`} subTitle="Being built." />;
}
