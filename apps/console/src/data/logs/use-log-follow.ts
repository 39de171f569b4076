import { useEffect, useState } from 'react';
import { LogBatchSchema } from '@cs/contracts';
import type { LogLineDto, LogQuery, LogSubjectKind } from '@cs/contracts';
import { appendBounded } from '../../components/logs/log-viewer.utils.ts';
import { api } from '../api.ts';

/** How the follow stream is: opening, open, or closed for good (no such subject, signed out). */
export type LogFollowState = 'connecting' | 'open' | 'closed';

/** Batches arriving within this long are shown together: thousands of lines a second make ten renders. */
const FLUSH_MS = 100;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface Followed {
  key: string;
  lines: LogLineDto[];
  state: LogFollowState;
  truncated: boolean;
}

/**
 * Follows a log over Server-Sent Events (`event: lines`): the tail, then new lines as they are
 * written, keeping only the newest MAX_VIEWER_LINES. EventSource reconnects by itself, sending
 * Last-Event-ID, and the stream goes on from there.
 */
export function useLogFollow(kind: LogSubjectKind, id: string, query: LogQuery, enabled: boolean) {
  const url = api.logStreamUrl(kind, id, query);
  const key = enabled ? url : '';
  const [followed, setFollowed] = useState<Followed>({ key: '', lines: [], state: 'connecting', truncated: false });

  useEffect(() => {
    if (!key) return;
    const source = new EventSource(key);
    let pending: LogLineDto[] = [];
    let truncated = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const arrived = pending;
      const cut = truncated;
      pending = [];
      truncated = false;
      setFollowed((f) => ({
        key,
        state: 'open',
        truncated: (f.key === key && f.truncated) || cut,
        lines: appendBounded(f.key === key ? f.lines : [], arrived),
      }));
    };
    source.addEventListener('open', () =>
      setFollowed((f) =>
        f.key === key ? { ...f, state: 'open' } : { key, lines: [], state: 'open', truncated: false },
      ),
    );
    source.addEventListener('lines', (message: MessageEvent<string>) => {
      const batch = LogBatchSchema.safeParse(parseJson(message.data));
      if (!batch.success) return;
      pending = appendBounded(pending, batch.data.lines);
      truncated ||= batch.data.truncated;
      timer ??= setTimeout(flush, FLUSH_MS);
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) setFollowed((f) => ({ ...f, key, state: 'closed' }));
    });
    return () => {
      source.close();
      clearTimeout(timer);
    };
  }, [key]);

  const current = followed.key === key && key !== '';
  return {
    lines: current ? followed.lines : undefined,
    state: current ? followed.state : ('connecting' as const),
    truncated: current && followed.truncated,
  };
}
