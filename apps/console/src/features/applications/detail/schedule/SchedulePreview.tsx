import { Card, List, Typography } from 'antd';
import { useSchedulePreviewQuery } from '../../../../data/schedule/schedule-preview-query.ts';
import { beijingTime } from './schedule.utils.ts';

/** Beside a template being edited: its aliyun.schedule in words and the next five runs, Beijing time. */
export function SchedulePreview({ content, expression }: { content: string; expression: string | undefined }) {
  const query = useSchedulePreviewQuery(content, expression !== undefined);
  const schedule = query.data;
  if (!expression || !schedule) return null;
  return (
    <Card size="small" title="Timing Task" role="region" aria-label="Timing task schedule" style={{ marginTop: 16 }}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text code>{schedule.expression}</Typography.Text>: {schedule.explanation}
      </Typography.Paragraph>
      <List
        size="small"
        header={<Typography.Text strong>Next runs, Beijing time (UTC+8)</Typography.Text>}
        dataSource={schedule.nextRuns}
        renderItem={(at) => <List.Item>{beijingTime(at)}</List.Item>}
      />
    </Card>
  );
}
