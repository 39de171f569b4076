import { Empty, Typography } from 'antd';

/** The Routes tab of an application that exposes nothing: how a service gets a route. */
export function RoutesEmpty() {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div style={{ maxWidth: 640, margin: '0 auto' }}>
          <Typography.Paragraph strong>This application has no routes.</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            Expose a service&apos;s HTTP port through acsrouting with the label{' '}
            <Typography.Text code>aliyun.routing.port_$container_port: $domain_prefix</Typography.Text> (Web Routing
            when you update the service), for example{' '}
            <Typography.Text code>aliyun.routing.port_80: nginx</Typography.Text>, or through a Server Load Balancer
            with <Typography.Text code>aliyun.lb.port_$container_port: $scheme://$slb_name:$front_port</Typography.Text>
            .
          </Typography.Paragraph>
        </div>
      }
    />
  );
}
