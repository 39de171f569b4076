import type { CSSProperties } from 'react';
import { splitMatches } from './log-viewer.utils.ts';
import type { ViewerLine } from './log-viewer.utils.ts';

export const LINE_HEIGHT = 20;

const MARK: CSSProperties = { background: '#d4b106', color: '#141414', borderRadius: 2 };
const CURRENT_MARK: CSSProperties = { ...MARK, background: '#fa8c16', outline: '1px solid #fff' };

/** One line, `source | time text`; matches of the search highlighted by splitting the text, stderr marked. */
export function LogLineRow({
  line,
  search,
  current,
  style,
}: {
  line: ViewerLine;
  search: string;
  /** The match the search steps to. */
  current: boolean;
  style: CSSProperties;
}) {
  return (
    <div
      data-stream={line.error ? 'stderr' : 'stdout'}
      title={line.error ? 'stderr' : undefined}
      style={{
        ...style,
        height: LINE_HEIGHT,
        lineHeight: `${LINE_HEIGHT}px`,
        whiteSpace: 'pre',
        paddingLeft: 8,
        borderLeft: `3px solid ${line.error ? '#ff4d4f' : 'transparent'}`,
        background: current ? 'rgba(250, 140, 22, 0.15)' : undefined,
      }}
    >
      <span style={{ color: '#69b1ff' }}>{line.source}</span>
      <span style={{ color: '#595959' }}> | </span>
      <span style={{ color: '#8c8c8c' }}>{line.time}</span>{' '}
      <span style={{ color: line.error ? '#ff7875' : '#e6e6e6' }}>
        {splitMatches(line.text, search).map((segment, i) =>
          segment.match ? (
            <mark key={i} style={current ? CURRENT_MARK : MARK}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </span>
    </div>
  );
}
