import { Alert, Card, Descriptions, Flex, List, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ApiError, MAX_QUEUED_RUNS, RUNS_KEPT } from '@cs/contracts';
import type { TimingRun } from '@cs/contracts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { useScheduleQuery } from '../../../../data/schedule/schedule-query.ts';
import { StatusTag } from '../../../workloads/StatusTag.tsx';
import { NextRunsTable } from './NextRunsTable.tsx';
import { GUIDE_EXAMPLE, beijingTime, timingLook } from './schedule.utils.ts';

const RUN_COLUMNS: TableColumnsType<TimingRun> = [
  { title: 'Due (Beijing time)', key: 'scheduledAt', render: (_, r) => beijingTime(r.scheduledAt) },
  { title: 'Started', key: 'startedAt', render: (_, r) => beijingTime(r.startedAt) },
  { title: 'Finished', key: 'finishedAt', render: (_, r) => beijingTime(r.finishedAt) },
  {
    title: 'Result',
    key: 'outcome',
    render: (_, r) => <StatusTag label={r.outcome} look={timingLook(r.outcome)} detail={r.message} />,
  },
];

/**
 * A timing task (aliyun.schedule): its crontab in Beijing time and in words, its next five runs,
 * its execution queue and its last 10 runs. Shows nothing for a batch application without a schedule.
 */
export function TimingTaskCard({ applicationId, batch }: { applicationId: string; batch: boolean }) {
  const query = useScheduleQuery(applicationId, batch);
  if (!batch || (query.error instanceof ApiError && query.error.status === 404)) return null;
  const schedule = query.data;
  return (
    <Card title="Timing Task" loading={query.isPending}>
      {query.isError && <LoadFailureAlert what="The timing task" error={query.error} />}
      {schedule && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'expression',
                label: 'Schedule',
                children: <Typography.Text code>{schedule.expression}</Typography.Text>,
              },
              {
                key: 'state',
                label: 'Status',
                children: (
                  <StatusTag
                    label={schedule.state}
                    look={timingLook(schedule.state)}
                    detail={
                      schedule.state === 'Waiting'
                        ? 'Waiting (the guide’s “wait” state) until the next run time.'
                        : null
                    }
                  />
                ),
              },
              { key: 'explanation', label: 'Meaning', children: schedule.explanation },
              { key: 'zone', label: 'Time Zone', children: 'Beijing time (UTC+8)' },
            ]}
          />
          {schedule.expression === GUIDE_EXAMPLE && (
            <Alert
              type="info"
              showIcon
              message="The guide calls this schedule “every 30 seconds”. A crontab has five fields and no seconds: 0-59/30 in the minute field means minutes 0 and 30 of every hour, so the task runs every 30 minutes."
            />
          )}
          <NextRunsTable runs={schedule.nextRuns} />
          <div>
            <Typography.Title level={5}>Execution Queue</Typography.Title>
            <Typography.Paragraph type="secondary">
              One run at a time: a run due while one runs waits here; with {MAX_QUEUED_RUNS} waiting, the next is
              discarded.
            </Typography.Paragraph>
            <List
              size="small"
              aria-label="Execution queue"
              locale={{ emptyText: 'No run waits.' }}
              dataSource={schedule.queue}
              renderItem={(due) => <List.Item>Due at {beijingTime(due)} (Beijing time)</List.Item>}
            />
          </div>
          <div>
            <Typography.Title level={5}>Last {RUNS_KEPT} Runs</Typography.Title>
            <Table<TimingRun>
              size="small"
              aria-label="Last runs"
              rowKey={(r) => `${r.scheduledAt}-${r.outcome}`}
              columns={RUN_COLUMNS}
              dataSource={schedule.runs}
              pagination={false}
              locale={{ emptyText: 'No run yet.' }}
            />
          </div>
        </Flex>
      )}
    </Card>
  );
}
