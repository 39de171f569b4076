import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ClusterDto } from '@cs/contracts';
import { api } from '../../../data/api.ts';

const codeBlock = {
  margin: 0,
  padding: 12,
  background: 'rgba(0, 0, 0, 0.04)',
  borderRadius: 6,
  fontSize: 12.5,
  whiteSpace: 'pre-wrap' as const,
};

/** Connection Information: the Docker endpoint, the certificate, and how to use them. */
export function ConnectionInformation({ cluster }: { cluster: ClusterDto }) {
  const { id, name } = cluster.metadata;
  const endpoint = cluster.status.resources.dockerEndpoint;
  const dir = `~/acs/certs/${name}/`;

  return (
    <Card title="Connection Information">
      <Descriptions
        column={1}
        items={[
          {
            key: 'endpoint',
            label: 'Docker API endpoint',
            children: endpoint ? (
              <Typography.Text copyable code>
                {endpoint}
              </Typography.Text>
            ) : (
              'Available once the cluster is created.'
            ),
          },
        ]}
      />
      <Flex vertical gap={12} style={{ marginTop: 8 }}>
        <p style={{ margin: 0 }}>
          With the downloaded certificate, you can connect to the endpoint exposed from the cluster through Docker Swarm
          API or Docker Client. Configure a TLS certificate before you use the preceding service address to access the
          Docker cluster.
        </p>
        <div>
          <Button
            type="primary"
            icon={<DownloadOutlined aria-hidden />}
            href={api.certificateUrl(id)}
            download="certFile.zip"
          >
            Download Certificate
          </Button>
        </div>
        <p style={{ margin: 0 }}>
          Click Download Certificate to download the certificate, which is contained in the certFile.zip file. In the
          following example, the certificate is saved to the <code>~/acs/certs/ClusterName/</code> directory.
          ClusterName indicates the name of your cluster, here <strong>{name}</strong>. You can save the certificate to
          a different directory, but the <code>~/acs/certs/ClusterName/</code> directory is recommended for easy
          management.
        </p>
        <pre style={codeBlock} aria-label="Commands to save the certificate">
          {`mkdir -p ~/acs/certs/ClusterName/ #Replace ClusterName with your cluster name\ncd ~/acs/certs/ClusterName/\ncp /path/to/certFile.zip .\nunzip certFile.zip`}
        </pre>
        <p style={{ margin: 0 }}>The certFile.zip file contains ca.pem, cert.pem, and key.pem files.</p>
        {endpoint && (
          <>
            <p style={{ margin: 0 }}>Then connect with the Docker Client, for example:</p>
            <pre style={codeBlock}>
              {`docker --tlsverify --tlscacert=${dir}ca.pem --tlscert=${dir}cert.pem --tlskey=${dir}key.pem \\\n  -H ${endpoint} info`}
            </pre>
          </>
        )}
        {!endpoint && (
          <Alert type="info" showIcon title="The endpoint and certificate are ready when the cluster is running." />
        )}
      </Flex>
    </Card>
  );
}
