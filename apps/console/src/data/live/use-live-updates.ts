import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { API_PREFIX } from '@cs/contracts';
import { sessionKeys } from '../session/keys.ts';
import { WATCH_KINDS, parseWatchEvent, queryKeysToInvalidate } from './live-updates.utils.ts';
import type { WatchKind } from './live-updates.utils.ts';

const WATCH_URL = `${API_PREFIX}/watch`;
/** Changes arriving within this window are refetched together, so a burst costs one request per list. */
const BATCH_MS = 250;
/**
 * EventSource retries dropped connections itself, but gives up for good when the server answers
 * with an error status (401 after the session ended, 502 while the BFF restarts). Then we check the
 * session (a 401 sends the user to sign in) and open a new stream after this delay.
 */
const REOPEN_MS = 5_000;

/** Keeps cached lists and counts live: each change on the watch stream invalidates what it makes stale. */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    let source: EventSource | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    const changed = new Set<WatchKind>();

    const flush = () => {
      flushTimer = undefined;
      const keys = queryKeysToInvalidate(changed);
      changed.clear();
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    const markChanged = (kinds: Iterable<WatchKind>) => {
      for (const kind of kinds) changed.add(kind);
      flushTimer ??= setTimeout(flush, BATCH_MS);
    };

    const open = () => {
      const stream = new EventSource(WATCH_URL);
      source = stream;
      stream.addEventListener('change', (message: MessageEvent<string>) => {
        const event = parseWatchEvent(message.data);
        if (event) markChanged([event.kind]);
      });
      stream.addEventListener('open', () => {
        // Changes made while we were disconnected were never sent: refetch everything live.
        if (connectedBefore) markChanged(WATCH_KINDS);
        connectedBefore = true;
      });
      stream.addEventListener('error', () => {
        if (stream.readyState !== EventSource.CLOSED) return;
        void queryClient.invalidateQueries({ queryKey: sessionKeys.current() });
        reopenTimer = setTimeout(open, REOPEN_MS);
      });
    };

    open();
    return () => {
      source?.close();
      clearTimeout(reopenTimer);
      clearTimeout(flushTimer);
    };
  }, [queryClient]);
}
