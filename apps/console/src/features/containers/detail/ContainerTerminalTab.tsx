import { Result } from 'antd';
import type { ContainerDto } from '@cs/contracts';

/** The terminal tab of a container's page (being built in this issue). */
export function ContainerTerminalTab({ container }: { container: ContainerDto }) {
  return <Result title={`A shell in the container: ${container.metadata.name}`} subTitle="Being built." />;
}
