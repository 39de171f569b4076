import { Alert, Button, Space, Spin, Typography } from 'antd';
import { Suspense, lazy, useState } from 'react';
import type { ContainerDto, ExecResponse } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useExecMutation } from '../../../data/terminal/exec-mutation.ts';
import { ExecuteBar } from '../../terminal/ExecuteBar.tsx';
import { closeMessage, opensShell } from '../../terminal/terminal-socket.ts';
import type { TerminalClosed } from '../../terminal/XtermTerminal.tsx';

const XtermTerminal = lazy(async () => ({ default: (await import('../../terminal/XtermTerminal.tsx')).XtermTerminal }));

type Link = { state: 'connecting' } | { state: 'open' } | { state: 'closed'; closed: TerminalClosed };

/** The Web Terminal tab: the Execute bar, the output of a single command, and a shell in xterm.js. */
export function ContainerTerminalTab({ container }: { container: ContainerDto }) {
  const [connection, setConnection] = useState(0);
  const [link, setLink] = useState<Link>({ state: 'connecting' });
  const [result, setResult] = useState<ExecResponse>();
  const exec = useExecMutation();
  const running = container.status.phase === 'running';

  const reconnect = () => {
    setLink({ state: 'connecting' });
    setConnection((n) => n + 1);
  };
  const execute = (command: string) => {
    if (opensShell(command)) return reconnect();
    exec.mutate({ containerId: container.metadata.id, command }, { onSuccess: setResult });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ExecuteBar busy={exec.isPending} onExecute={execute} />
      <FailureAlert message={exec.error?.message} />
      {result && (
        <section aria-label="Command output">
          <Typography.Text type="secondary">
            / # {result.command} (exit code {result.exitCode}
            {result.truncated ? ', stopped after its time' : ''})
          </Typography.Text>
          <pre style={{ maxHeight: 240, overflow: 'auto', background: '#f5f5f5', padding: 8, margin: '4px 0 0' }}>
            {result.output}
          </pre>
        </section>
      )}
      {!running && (
        <Alert
          type="info"
          showIcon
          title={`Container ${container.metadata.name} is not running (${container.status.phase}): start it to open its terminal.`}
        />
      )}
      {link.state === 'closed' && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={`Disconnected: ${closeMessage(link.closed.code, link.closed.reason)}`}
          action={
            <Button size="small" onClick={reconnect}>
              Reconnect
            </Button>
          }
        />
      )}
      {link.state === 'connecting' && running && <Typography.Text type="secondary">Connecting…</Typography.Text>}
      {(running || link.state !== 'connecting') && (
        <Suspense fallback={<Spin />}>
          <XtermTerminal
            containerId={container.metadata.id}
            connection={connection}
            onOpen={() => setLink({ state: 'open' })}
            onClose={(closed) => setLink({ state: 'closed', closed })}
          />
        </Suspense>
      )}
    </Space>
  );
}
