import { Alert, Typography } from 'antd';
import type { ApplicationRoutes } from '@cs/contracts';
import { listenerCurlCommand } from './routes.utils.ts';

interface SlbListenerNoteProps {
  listener: NonNullable<ApplicationRoutes['listener']>;
  /** The domain of the application's first simple route, for the Host header. */
  host: string;
}

/** Where the cluster's Server Load Balancer really listens on this machine, and how to reach a route through it. */
export function SlbListenerNote({ listener, host }: SlbListenerNoteProps) {
  const address = `${listener.host}:${listener.port}`;
  const command = listenerCurlCommand(listener, host);
  return (
    <Alert
      type="info"
      showIcon
      title={`Server Load Balancer listener on this machine: ${address}`}
      description={
        <>
          <Typography.Paragraph copyable={{ text: command }} style={{ margin: '4px 0' }}>
            <Typography.Text code>{command}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph style={{ margin: 0 }}>
            The listener routes by the Host header, as the Server Load Balancer does by domain name. A browser reaches a
            route when its domain resolves to {listener.host}: add{' '}
            <Typography.Text code>{`${listener.host} ${host}`}</Typography.Text> to /etc/hosts and open{' '}
            {`http://${host}:${listener.port}/`}.
          </Typography.Paragraph>
        </>
      }
    />
  );
}
