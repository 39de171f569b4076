import { theme } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, InfoCircleFilled, WarningFilled } from '@ant-design/icons';
import type { Diagnostic } from '@cs/compose';

interface ProblemsListProps {
  diagnostics: readonly Diagnostic[];
  /** Moves the editor to the problem. */
  onSelect: (diagnostic: Diagnostic) => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What @cs/compose found, under the editor: each problem with its line and column, clickable. */
export function ProblemsList({ diagnostics, onSelect }: ProblemsListProps) {
  const { token } = theme.useToken();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const icon = (severity: Diagnostic['severity']) =>
    severity === 'error' ? (
      <CloseCircleFilled aria-label="Error" style={{ color: token.colorError }} />
    ) : severity === 'warning' ? (
      <WarningFilled aria-label="Warning" style={{ color: token.colorWarning }} />
    ) : (
      <InfoCircleFilled aria-label="Info" style={{ color: token.colorInfo }} />
    );

  return (
    <section
      aria-label="Problems"
      style={{ borderTop: `1px solid ${token.colorBorderSecondary}`, padding: '8px 12px' }}
    >
      {diagnostics.length === 0 ? (
        <span role="status" style={{ color: token.colorTextSecondary }}>
          <CheckCircleFilled aria-hidden style={{ color: token.colorSuccess, marginRight: 8 }} />
          No problems found.
        </span>
      ) : (
        <>
          <div role="status" style={{ color: token.colorTextSecondary, marginBottom: 4 }}>
            {plural(errors, 'error')}, {plural(warnings, 'warning')}
          </div>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 132, overflowY: 'auto' }}>
            {diagnostics.map((d) => (
              <li key={`${d.line}:${d.column}:${d.code}:${d.message}`}>
                <button
                  type="button"
                  onClick={() => onSelect(d)}
                  style={{
                    display: 'flex',
                    alignItems: 'baseline',
                    gap: 8,
                    width: '100%',
                    padding: '2px 0',
                    border: 0,
                    background: 'none',
                    cursor: 'pointer',
                    textAlign: 'left',
                    font: 'inherit',
                    color: token.colorText,
                  }}
                >
                  {icon(d.severity)}
                  <span style={{ color: token.colorTextSecondary, whiteSpace: 'nowrap' }}>
                    Line {d.line}:{d.column}
                  </span>
                  <span>{d.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
