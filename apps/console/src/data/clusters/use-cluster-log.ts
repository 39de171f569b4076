import { useEffect, useMemo, useState } from 'react';
import type { EventDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useClusterEventsQuery } from './cluster-events-query.ts';
import { mergeLogLines, parseLogEvent } from './cluster-log.utils.ts';

/** How the log keeps up: following the log stream, or refetching when the cluster changes. */
export type ClusterLogFollow = 'connecting' | 'stream' | 'refetch';

/** Entries arriving within this window are shown together (the stream replays the whole log at first). */
const FLUSH_MS = 100;
const NO_EVENTS: EventDto[] = [];

interface Streamed {
  clusterId: string;
  events: EventDto[];
  follow: ClusterLogFollow;
}

/**
 * A cluster's log, oldest first, as it is written. It starts from the events list and follows the
 * log stream (SSE, `event: log`); where the stream is not available, the events list is refetched
 * whenever the cluster changes (its key is under the clusters' keys, which the watch invalidates).
 */
export function useClusterLog(clusterId: string) {
  const events = useClusterEventsQuery({ id: clusterId });
  const [streamed, setStreamed] = useState<Streamed>({ clusterId, events: [], follow: 'connecting' });

  useEffect(() => {
    const source = new EventSource(api.clusterLogUrl(clusterId));
    let pending: EventDto[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const arrived = pending;
      pending = [];
      setStreamed((s) => ({
        clusterId,
        follow: 'stream',
        events: s.clusterId === clusterId ? [...s.events, ...arrived] : arrived,
      }));
    };
    source.addEventListener('open', () => {
      setStreamed((s) =>
        s.clusterId === clusterId ? { ...s, follow: 'stream' } : { clusterId, events: [], follow: 'stream' },
      );
    });
    source.addEventListener('log', (message: MessageEvent<string>) => {
      const event = parseLogEvent(message.data);
      if (!event) return;
      pending.push(event);
      flushTimer ??= setTimeout(flush, FLUSH_MS);
    });
    source.addEventListener('error', () => {
      // A closed source will not retry (no such endpoint, session ended): fall back to refetching.
      if (source.readyState !== EventSource.CLOSED) return;
      setStreamed((s) => ({ ...s, clusterId, follow: 'refetch', events: s.clusterId === clusterId ? s.events : [] }));
    });
    return () => {
      source.close();
      clearTimeout(flushTimer);
    };
  }, [clusterId]);

  const current = streamed.clusterId === clusterId ? streamed : { events: NO_EVENTS, follow: 'connecting' as const };
  const listed = events.data?.items;
  const lines = useMemo(() => mergeLogLines(listed ?? [], current.events), [listed, current.events]);

  return {
    lines,
    follow: current.follow,
    isPending: events.isPending && current.events.length === 0,
    error: events.error,
    refetch: events.refetch,
  };
}
