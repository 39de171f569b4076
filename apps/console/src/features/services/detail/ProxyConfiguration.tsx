import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { copyText } from '../../../components/copy-text.ts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { useProxyConfigQuery } from '../../../data/services/proxy-config-query.ts';

/**
 * Custom routing: the HAProxy configuration acs/proxy builds from its environment and the labels of
 * the services it balances to, with the settings it refused and the certificate files it writes.
 */
export function ProxyConfiguration({ serviceId }: { serviceId: string }) {
  const { message } = App.useApp();
  const query = useProxyConfigQuery({ id: serviceId });
  const proxy = query.data;
  const copy = async () => {
    if (proxy && (await copyText(proxy.config))) void message.success('The configuration is copied.');
  };
  return (
    <Card
      size="small"
      title="HAProxy Configuration (custom routing)"
      extra={
        <Button size="small" icon={<CopyOutlined aria-hidden />} disabled={!proxy} onClick={() => void copy()}>
          Copy
        </Button>
      }
    >
      {query.isError && <LoadFailureAlert what="The HAProxy configuration" error={query.error} />}
      {!proxy ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            acs/proxy writes this /haproxy.cfg from its environment variables and the aliyun.proxy.* labels of the
            services in its range (ADDITIONAL_SERVICES), and reloads it as their containers come and go.
          </Typography.Text>
          {proxy.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="Settings acs/proxy refused or changed"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {proxy.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
          <pre
            aria-label="HAProxy configuration"
            style={{ margin: 0, maxHeight: 480, overflow: 'auto', background: '#fafafa', padding: 12, fontSize: 12 }}
          >
            {proxy.config}
          </pre>
          {proxy.files.length > 0 && (
            <Typography.Text type="secondary">
              Certificate files: {proxy.files.map((f) => `${f.path} (${f.bytes} bytes)`).join(', ')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
