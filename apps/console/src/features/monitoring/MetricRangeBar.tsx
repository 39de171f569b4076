import type { ReactNode } from 'react';
import { Button, Flex, Radio, Tag } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { METRIC_RANGES } from '@cs/contracts';
import type { MetricRange } from '@cs/contracts';
import { RANGE_LABELS } from './monitoring-paths.ts';
import { formatPointTime } from './metric-time.utils.ts';
import type { MetricWindow } from './use-metric-window.ts';

interface MetricRangeBarProps {
  timeWindow: MetricWindow;
  /** The end of the window charted now (unix ms), once the data came: Earlier and Later move from it. */
  chartedEnd: number | undefined;
  refreshing: boolean;
  extra?: ReactNode;
}

/** The range switch (1 hour to 7 days), Earlier / Later / Now, and whether the charts refresh live. */
export function MetricRangeBar({ timeWindow, chartedEnd, refreshing, extra }: MetricRangeBarProps) {
  const { range, end } = timeWindow;
  return (
    <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
      <Radio.Group
        aria-label="Range"
        optionType="button"
        value={range}
        onChange={(e) => timeWindow.setRange(e.target.value as MetricRange)}
        options={(Object.keys(METRIC_RANGES) as MetricRange[]).map((r) => ({ value: r, label: RANGE_LABELS[r] }))}
      />
      <Button disabled={chartedEnd === undefined} onClick={() => chartedEnd && timeWindow.shift(-1, chartedEnd)}>
        Earlier
      </Button>
      {end && (
        <>
          <Button disabled={chartedEnd === undefined} onClick={() => chartedEnd && timeWindow.shift(1, chartedEnd)}>
            Later
          </Button>
          <Button type="primary" onClick={timeWindow.toNow}>
            Now
          </Button>
        </>
      )}
      {end ? (
        <span>Until {formatPointTime(Date.parse(end))}: not refreshed.</span>
      ) : (
        <Tag color="processing" icon={<SyncOutlined spin={refreshing} />}>
          Live: refreshes every 10 seconds
        </Tag>
      )}
      {extra && <span style={{ marginLeft: 'auto' }}>{extra}</span>}
    </Flex>
  );
}
