import { theme } from 'antd';

/** A template shown as it will be sent: read-only, monospaced, scrolling when long. */
export function TemplateText({ content, maxHeight = 560 }: { content: string; maxHeight?: number }) {
  const { token } = theme.useToken();
  return (
    <pre
      aria-label="Template"
      tabIndex={0}
      style={{
        margin: 0,
        padding: 12,
        maxHeight,
        overflow: 'auto',
        background: token.colorFillQuaternary,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        fontSize: 12,
        lineHeight: 1.6,
        whiteSpace: 'pre',
      }}
    >
      {content}
    </pre>
  );
}
