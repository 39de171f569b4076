import { useEffect, useRef, useState } from 'react';
import { Badge, Checkbox, Flex } from 'antd';
import type { EventDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { useClusterLog } from '../../../data/clusters/use-cluster-log.ts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';

const LEVEL_COLORS: Record<EventDto['level'], string> = { Info: '#69b1ff', Warning: '#ffc53d', Error: '#ff7875' };
/** Within this many pixels of the end counts as "at the end": following continues. */
const AT_END_PX = 24;

const FOLLOW_TEXT = {
  connecting: 'Connecting to the log…',
  stream: 'Following the log as it is written',
  refetch: 'Updated when the cluster changes',
} as const;

/** A cluster's log, oldest first, following new lines as they are written. */
export function ClusterLogView({ clusterId }: { clusterId: string }) {
  const log = useClusterLog(clusterId);
  const box = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState(true);
  const lineCount = log.lines.length;

  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [follow, lineCount]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX;
    if (atEnd !== follow) setFollow(atEnd);
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Badge status={log.follow === 'stream' ? 'processing' : 'default'} text={FOLLOW_TEXT[log.follow]} />
        <Checkbox checked={follow} onChange={(e) => setFollow(e.target.checked)}>
          Scroll to new lines
        </Checkbox>
      </Flex>
      {log.error && <LoadFailureAlert what="The log" error={log.error} onRetry={() => void log.refetch()} />}
      <div
        ref={box}
        role="log"
        aria-label="Cluster log"
        aria-live="polite"
        tabIndex={0}
        onScroll={onScroll}
        style={{
          height: 'calc(100vh - 300px)',
          minHeight: 320,
          overflow: 'auto',
          background: '#141414',
          color: '#e6e6e6',
          borderRadius: 6,
          padding: '12px 16px',
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 12.5,
          lineHeight: 1.7,
        }}
      >
        {log.isPending && <div style={{ color: '#8c8c8c' }}>Loading the log…</div>}
        {!log.isPending && lineCount === 0 && <div style={{ color: '#8c8c8c' }}>Nothing has been logged yet.</div>}
        {log.lines.map((line) => (
          <div key={line.id} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            <span style={{ color: '#8c8c8c' }}>{formatDateTime(line.createdAt)}</span>{' '}
            <span style={{ color: LEVEL_COLORS[line.level], display: 'inline-block', width: 64 }}>[{line.level}]</span>
            {line.message}
          </div>
        ))}
      </div>
    </Flex>
  );
}
