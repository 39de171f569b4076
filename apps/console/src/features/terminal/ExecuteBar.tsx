import { AutoComplete, Button, Space, Typography } from 'antd';
import { useState } from 'react';

const SHELL_OPTIONS = [{ value: 'sh' }, { value: 'bash' }];

/** The guide's bar, "shell  sh  Execute": a shell opens the terminal, any other command runs once. */
export function ExecuteBar({ busy, onExecute }: { busy: boolean; onExecute(command: string): void }) {
  const [command, setCommand] = useState('sh');
  const run = () => {
    if (command.trim()) onExecute(command.trim());
  };
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Text style={{ padding: '4px 11px', whiteSpace: 'nowrap' }}>shell</Typography.Text>
      <AutoComplete
        aria-label="Command"
        value={command}
        options={SHELL_OPTIONS}
        filterOption={(input, option) => option?.value.startsWith(input.trim()) === true}
        onChange={setCommand}
        onKeyDown={(event) => {
          if (event.key === 'Enter') run();
        }}
        maxLength={1024}
        style={{ flex: 1 }}
      />
      <Button type="primary" loading={busy} onClick={run}>
        Execute
      </Button>
    </Space.Compact>
  );
}
