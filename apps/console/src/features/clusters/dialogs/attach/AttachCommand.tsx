import { useState } from 'react';
import { Alert, Button, Flex } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import type { AttachCommand as AttachCommandDto } from '@cs/contracts';
import { copyText } from '../../../../components/copy-text.ts';
import { formatDateTime } from '../../../../components/date-time.utils.ts';

/** The guide's "Token generated" answer: the command to run on the instance, and a Copy button. */
export function AttachCommand({ attachCommand }: { attachCommand: AttachCommandDto }) {
  const [copied, setCopied] = useState<boolean | undefined>();
  const copy = async () => setCopied(await copyText(attachCommand.command));

  return (
    <Flex vertical gap={12}>
      <Alert type="success" showIcon title="Token generated." />
      <div>
        Please log on to the ECS instance <strong>{attachCommand.instanceId}</strong> and execute the following command:
      </div>
      <pre
        aria-label="Command to execute"
        style={{
          margin: 0,
          padding: 12,
          background: '#1f1f1f',
          color: '#f0f0f0',
          borderRadius: 6,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          fontSize: 12,
        }}
      >
        <code>{attachCommand.command}</code>
      </pre>
      <Flex gap={12} align="center">
        <Button
          icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
          onClick={() => void copy()}
        >
          Copy
        </Button>
        <span role="status" style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
          {copied === true && 'Copied to the clipboard.'}
          {copied === false && 'Copying failed: select the command and copy it yourself.'}
        </span>
      </Flex>
      <div style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
        The token in the command can be used once, until {formatDateTime(attachCommand.expiresAt)}. The system executes
        the script; when it has succeeded, the instance joins the cluster and appears in its node list.
      </div>
    </Flex>
  );
}
