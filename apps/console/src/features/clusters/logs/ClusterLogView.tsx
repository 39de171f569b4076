import { useState } from 'react';
import { Badge } from 'antd';
import type { EventDto } from '@cs/contracts';
import { formatDateTime } from '../../../components/date-time.utils.ts';
import { LoadFailureAlert } from '../../../components/LoadFailureAlert.tsx';
import { LogViewer } from '../../../components/logs/LogViewer.tsx';
import type { ViewerLine } from '../../../components/logs/log-viewer.utils.ts';
import { useClusterLog } from '../../../data/clusters/use-cluster-log.ts';

const FOLLOW_TEXT = {
  connecting: 'Connecting to the log…',
  stream: 'Following the log as it is written',
  refetch: 'Updated when the cluster changes',
} as const;

const toViewerLine = (event: EventDto): ViewerLine => ({
  source: event.level,
  time: formatDateTime(event.createdAt),
  text: event.message,
  error: event.level === 'Error',
});

/** A cluster's log, oldest first, following new lines as they are written, in the one log viewer. */
export function ClusterLogView({ clusterId }: { clusterId: string }) {
  const log = useClusterLog(clusterId);
  const [following, setFollowing] = useState(true);
  const [search, setSearch] = useState('');

  return (
    <>
      {log.error && <LoadFailureAlert what="The log" error={log.error} onRetry={() => void log.refetch()} />}
      <LogViewer
        ariaLabel="Cluster log"
        lines={log.lines}
        lineOf={toViewerLine}
        loading={log.isPending}
        emptyText="Nothing has been logged yet."
        status={<Badge status={log.follow === 'stream' ? 'processing' : 'default'} text={FOLLOW_TEXT[log.follow]} />}
        following={following}
        onFollowChange={setFollowing}
        search={search}
        onSearchChange={setSearch}
      />
    </>
  );
}
