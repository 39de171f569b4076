import { Result } from 'antd';
import type { ContainerDto } from '@cs/contracts';

/** The logs tab of a container's page (being built in this issue). */
export function ContainerLogsTab({ container }: { container: ContainerDto }) {
  return <Result title={`Its log lines: ${container.metadata.name}`} subTitle="Being built." />;
}
