import { useState } from 'react';
import { App, Button } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { copyText } from '../../../../components/copy-text.ts';

/** A value with a Copy button that shows when the mouse is over it (or the button has focus). */
export function CopyOnHover({ text, label, children }: { text: string; label: string; children?: React.ReactNode }) {
  const { message } = App.useApp();
  const [shown, setShown] = useState(false);
  const copy = async () => {
    if (await copyText(text)) void message.success(`${label} copied.`);
    else void message.error(`${label} could not be copied: select it and copy it.`);
  };
  return (
    <span
      onMouseEnter={() => setShown(true)}
      onMouseLeave={() => setShown(false)}
      onFocus={() => setShown(true)}
      onBlur={() => setShown(false)}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, maxWidth: '100%' }}
    >
      <code style={{ fontSize: 12, wordBreak: 'break-all' }}>{children ?? text}</code>
      <Button
        size="small"
        type="link"
        icon={<CopyOutlined aria-hidden />}
        aria-label={`Copy ${label}`}
        style={{ opacity: shown ? 1 : 0 }}
        onClick={() => void copy()}
      />
    </span>
  );
}
