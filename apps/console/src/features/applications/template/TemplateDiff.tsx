import { lazy, Suspense, useState } from 'react';
import { Flex, Skeleton, theme } from 'antd';

// Monaco loads with the first diff shown, never with the console's first route.
const MonacoTemplateDiff = lazy(async () => ({
  default: (await import('./MonacoTemplateDiff.tsx')).MonacoTemplateDiff,
}));

interface TemplateDiffProps {
  /** The template as it is now (left). */
  original: string;
  /** The template as it will be (right). */
  modified: string;
  originalTitle: string;
  modifiedTitle: string;
  height?: number;
  /** Said above the two sides. */
  note?: string;
}

const lines = (n: number) => (n === 1 ? '1 line' : `${n} lines`);

/** Two templates side by side, the changed lines marked, with how many lines changed. */
export function TemplateDiff(props: TemplateDiffProps) {
  const { original, modified, originalTitle, modifiedTitle, height = 420, note } = props;
  const { token } = theme.useToken();
  const [changes, setChanges] = useState<{ added: number; removed: number }>();
  const summary =
    original === modified
      ? 'The templates are the same.'
      : changes && `${lines(changes.added)} added, ${lines(changes.removed)} removed.`;
  return (
    <Flex vertical gap={8} role="region" aria-label="Template changes">
      {note && <span style={{ color: token.colorTextSecondary }}>{note}</span>}
      <Flex style={{ fontWeight: 600 }}>
        <span style={{ flex: 1 }}>{originalTitle}</span>
        <span style={{ flex: 1 }}>{modifiedTitle}</span>
      </Flex>
      <div
        style={{
          height,
          border: `1px solid ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          overflow: 'hidden',
        }}
      >
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />}>
          <MonacoTemplateDiff original={original} modified={modified} height={height} onDiff={setChanges} />
        </Suspense>
      </div>
      <span role="status" style={{ color: token.colorTextSecondary }}>
        {summary}
      </span>
    </Flex>
  );
}
