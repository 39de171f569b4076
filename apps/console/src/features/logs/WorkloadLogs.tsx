import { useCallback, useMemo } from 'react';
import { Alert, Badge, Button, Checkbox, Flex } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { LogLineDto, LogSubjectKind, LogsDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { LogViewer } from '../../components/logs/LogViewer.tsx';
import type { ViewerLine } from '../../components/logs/log-viewer.utils.ts';
import { api } from '../../data/api.ts';
import { useLogFollow } from '../../data/logs/use-log-follow.ts';
import { useLogsQuery } from '../../data/logs/logs-query.ts';
import { LogControls } from './LogControls.tsx';
import { readLogParams, writeLogParams } from './log-params.ts';

const toViewerLine = (line: LogLineDto): ViewerLine => ({
  source: line.containerName,
  time: line.time,
  text: line.text,
  error: line.stream === 'stderr',
});

const NO_LINES: LogLineDto[] = [];

const FOLLOW_TEXT = { connecting: 'Connecting…', open: 'Following new lines', closed: 'The follow stopped' } as const;

/** What an answer left out, said plainly: containers past the first ones, entries lowered to fit. */
function ShownNote({ logs, asked, filtered }: { logs: LogsDto | undefined; asked: number; filtered: boolean }) {
  if (!logs) return null;
  const notes: string[] = [];
  if (!filtered && logs.containersShown < logs.containersTotal)
    notes.push(
      `Showing the logs of the first ${logs.containersShown} of ${logs.containersTotal.toLocaleString('en-US')} containers by name; choose one in Filter by Container Name to see another.`,
    );
  if (logs.tailPerContainer < asked)
    notes.push(`${logs.tailPerContainer} entries per container are shown, so that every container shown fits.`);
  return notes.length > 0 ? <Alert type="info" showIcon title={notes.join(' ')} /> : null;
}

/**
 * The Logs tab of a container, service or application: the guide's controls, then the lines of
 * each container in one viewer, following new ones on request; every control in the URL.
 */
export function WorkloadLogs({ kind, id, name }: { kind: LogSubjectKind; id: string; name: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readLogParams(searchParams), [searchParams]);
  const update = useCallback(
    (changes: Parameters<typeof writeLogParams>[1]) =>
      setSearchParams((current) => writeLogParams(current, changes), { replace: true }),
    [setSearchParams],
  );
  const logs = useLogsQuery({ kind, id, query: params.query });
  const follow = useLogFollow(kind, id, params.query, params.follow);
  const containers = logs.data?.containers;
  // The controls re-render only when they change, not with every batch a follow brings.
  const controls = useMemo(
    () => (
      <LogControls
        query={params.query}
        onChange={update}
        containerNames={kind === 'containers' ? undefined : containers?.map((c) => c.name)}
        downloadUrl={api.logDownloadUrl(kind, id, params.query)}
      />
    ),
    [kind, id, update, containers, params.query],
  );
  const lines = (params.follow && follow.lines ? follow.lines : logs.data?.lines) ?? NO_LINES;

  return (
    <Flex vertical gap={12}>
      {logs.error && <LoadFailureAlert what="The logs" error={logs.error} onRetry={() => void logs.refetch()} />}
      <LogViewer
        ariaLabel={`Logs of ${name}`}
        lines={lines}
        lineOf={toViewerLine}
        loading={params.follow ? follow.state === 'connecting' : logs.isFetching}
        emptyText={params.only ? 'No line matches the search.' : 'No log lines in this span.'}
        controls={controls}
        status={
          <Flex vertical gap={8}>
            <Flex gap={16} align="center" wrap>
              {params.follow ? (
                <Badge status={follow.state === 'open' ? 'processing' : 'default'} text={FOLLOW_TEXT[follow.state]} />
              ) : (
                <Button
                  size="small"
                  icon={<ReloadOutlined aria-hidden />}
                  loading={logs.isFetching}
                  onClick={() => void logs.refetch()}
                >
                  Refresh
                </Button>
              )}
              <Checkbox
                checked={params.only}
                disabled={!params.search}
                onChange={(e) => update({ only: e.target.checked })}
              >
                Only lines that match the search
              </Checkbox>
            </Flex>
            <ShownNote
              logs={logs.data}
              asked={params.query.tail ?? 0}
              filtered={params.query.container !== undefined}
            />
            {follow.truncated && params.follow && (
              <Alert
                type="warning"
                showIcon
                title="Some lines were left out: more came at once than one batch holds."
              />
            )}
          </Flex>
        }
        following={params.follow}
        onFollowChange={(on) => {
          update({ follow: on });
          // Back from a follow: the lines as they are now, not as they were when it began.
          if (!on) void logs.refetch();
        }}
        search={params.search}
        onSearchChange={(search) => update({ search, ...(search ? {} : { only: false }) })}
      />
    </Flex>
  );
}
