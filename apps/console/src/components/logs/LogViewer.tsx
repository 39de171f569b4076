import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Flex, Switch } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { LINE_HEIGHT, LogLineRow } from './LogLineRow.tsx';
import { LogSearch } from './LogSearch.tsx';
import { isAtEnd, matchingLines, stepMatch } from './log-viewer.utils.ts';
import type { ViewerLine } from './log-viewer.utils.ts';

const OVERSCAN = 20;

interface LogViewerProps<T> {
  /** The lines, oldest first, in the caller's own shape: only those in view are turned into ViewerLines. */
  lines: readonly T[];
  lineOf: (line: T) => ViewerLine;
  /** The accessible name of the log ("Logs of wordpress_web_1"). */
  ariaLabel: string;
  /** The view's own controls, before the search (Entries Per Container, filters, Download Logs). */
  controls?: ReactNode;
  /** A line under the controls: what is shown and what was left out. */
  status?: ReactNode;
  following: boolean;
  onFollowChange: (following: boolean) => void;
  search: string;
  onSearchChange: (search: string) => void;
  loading: boolean;
  emptyText: string;
}

/**
 * The one log viewer: monospace `source | time text` lines, virtualised (only the lines in view are
 * in the DOM), stderr marked, a literal search with highlighted matches and their count, and a
 * Follow toggle that keeps to the newest line until the reader scrolls up.
 */
export function LogViewer<T>(props: LogViewerProps<T>) {
  const { lines, lineOf, search, following } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // At the end: new lines scroll into view. Scrolling up leaves the end; scrolling back returns to it.
  const [atEnd, setAtEnd] = useState(true);
  const [current, setCurrent] = useState(-1);
  const matches = useMemo(() => matchingLines(lines, (line) => lineOf(line).text, search), [lines, lineOf, search]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: the virtualiser re-renders this component itself when it scrolls
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: OVERSCAN,
  });

  const lastLine = lines.at(-1);
  useEffect(() => {
    const el = scrollRef.current;
    // Straight to the end: the lines are of one height, so the end is known without measuring.
    if ((following || current < 0) && atEnd && el) el.scrollTop = el.scrollHeight;
  }, [following, atEnd, lastLine, lines.length, current]);

  const step = (direction: 1 | -1) => {
    const next = stepMatch(matches.length, Math.min(current, matches.length - 1), direction);
    setCurrent(next);
    if (next >= 0) {
      setAtEnd(false);
      virtualizer.scrollToIndex(matches[next]!, { align: 'center' });
    }
  };
  const currentLine = current >= 0 ? matches[current] : undefined;

  return (
    <Flex vertical gap={12}>
      <Flex gap={16} align="center" wrap>
        {props.controls}
        <LogSearch
          value={search}
          onChange={(text) => {
            setCurrent(-1);
            props.onSearchChange(text);
          }}
          matches={matches.length}
          current={current < matches.length ? current : -1}
          onStep={step}
        />
        <Flex gap={8} align="center">
          <Switch
            id="log-follow"
            checked={following}
            onChange={(on) => {
              if (on) setAtEnd(true);
              props.onFollowChange(on);
            }}
          />
          <label htmlFor="log-follow">Follow</label>
        </Flex>
      </Flex>
      {props.status}
      <div
        ref={scrollRef}
        role="log"
        aria-label={props.ariaLabel}
        aria-busy={props.loading}
        tabIndex={0}
        onScroll={(e) => {
          const end = isAtEnd(e.currentTarget);
          if (end !== atEnd) setAtEnd(end);
        }}
        style={{
          height: 'calc(100vh - 360px)',
          minHeight: 320,
          overflow: 'auto',
          position: 'relative',
          background: '#141414',
          borderRadius: 6,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 12.5,
        }}
      >
        {lines.length === 0 && (
          <div style={{ color: '#8c8c8c', padding: '12px 16px' }}>
            {props.loading ? 'Loading the logs…' : props.emptyText}
          </div>
        )}
        <div
          style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%', width: 'max-content' }}
        >
          {virtualizer.getVirtualItems().map((item) => (
            <LogLineRow
              key={item.index}
              line={lineOf(lines[item.index]!)}
              search={search}
              current={item.index === currentLine}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                minWidth: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            />
          ))}
        </div>
      </div>
    </Flex>
  );
}
