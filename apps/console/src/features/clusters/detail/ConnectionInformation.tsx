import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Tooltip, Typography } from 'antd';
import { CheckOutlined, CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import type { ClusterDto } from '@cs/contracts';
import { copyText } from '../../../components/copy-text.ts';
import { api } from '../../../data/api.ts';
import {
  COMPOSE_WITHOUT_CA_OVERRIDES,
  dockerCliCommand,
  dockerEnvironmentCommands,
} from './connection-information.utils.ts';

/** Shell text in a block of its own (scrolling, never wrapped), with a Copy button that copies it exactly. */
function CommandBlock({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!(await copyText(text))) return;
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <Flex align="flex-start" style={{ background: 'rgba(0, 0, 0, 0.04)', borderRadius: 6 }}>
      <pre
        aria-label={label}
        tabIndex={0}
        style={{ flex: 1, minWidth: 0, margin: 0, padding: 12, fontSize: 12.5, whiteSpace: 'pre', overflowX: 'auto' }}
      >
        {text}
      </pre>
      <Tooltip title={copied ? 'Copied' : 'Copy'}>
        <Button
          type="text"
          size="small"
          aria-label={`Copy ${label}`}
          icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
          onClick={() => void copy()}
          style={{ margin: 8 }}
        />
      </Tooltip>
    </Flex>
  );
}

/** Connection Information: the Docker endpoint, the certificate, and how to use them. */
export function ConnectionInformation({ cluster }: { cluster: ClusterDto }) {
  const { id, name } = cluster.metadata;
  const endpoint = cluster.status.resources.dockerEndpoint;

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
        <CommandBlock
          label="Commands to save the certificate"
          text={`mkdir -p ~/acs/certs/ClusterName/ #Replace ClusterName with your cluster name\ncd ~/acs/certs/ClusterName/\ncp /path/to/certFile.zip .\nunzip certFile.zip`}
        />
        <p style={{ margin: 0 }}>The certFile.zip file contains ca.pem, cert.pem, and key.pem files.</p>
        {endpoint && (
          <>
            <p style={{ margin: 0 }}>Then connect with the Docker Client, the certificate given as flags:</p>
            <CommandBlock label="Docker CLI command" text={dockerCliCommand(name, endpoint)} />
            <p style={{ margin: 0 }}>Or set the environment once, for the Docker Client and docker-compose:</p>
            <CommandBlock label="Environment variables" text={dockerEnvironmentCommands(name, endpoint)} />
            <p style={{ margin: 0 }}>
              docker-compose 1.x must run without <code>REQUESTS_CA_BUNDLE</code> and <code>CURL_CA_BUNDLE</code> set,
              because python-requests lets them override the certificate:
            </p>
            <CommandBlock
              label="docker-compose without REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE"
              text={COMPOSE_WITHOUT_CA_OVERRIDES}
            />
          </>
        )}
        {!endpoint && (
          <Alert type="info" showIcon title="The endpoint and certificate are ready when the cluster is running." />
        )}
      </Flex>
    </Card>
  );
}
