import type { ReactNode } from 'react';
import { Button, DatePicker, Flex, Select } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { LOG_TAIL_CHOICES } from '@cs/contracts';
import type { LogQuery } from '@cs/contracts';

interface LogControlsProps {
  query: LogQuery;
  onChange: (changes: LogQuery) => void;
  /** The Filter by Container Name choices after All; none for a single container's logs. */
  containerNames?: readonly string[];
  downloadUrl: string;
}

const ALL = '';

/** A control with the guide's label before it. */
function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Flex gap={8} align="center">
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}

/** The guide's controls over a log: Entries Per Container, Filter by Container Name, Filter by Start Time, Download Logs. */
export function LogControls({ query, onChange, containerNames, downloadUrl }: LogControlsProps) {
  return (
    <Flex gap={16} align="center" wrap>
      <Labelled id="log-tail" label="Entries Per Container:">
        <Select
          id="log-tail"
          aria-label="Entries Per Container"
          value={query.tail}
          onChange={(tail) => onChange({ tail })}
          options={LOG_TAIL_CHOICES.map((n) => ({ value: n, label: n.toLocaleString('en-US') }))}
          style={{ width: 100 }}
        />
      </Labelled>
      {containerNames && (
        <Labelled id="log-container" label="Filter by Container Name:">
          <Select
            id="log-container"
            aria-label="Filter by Container Name"
            showSearch
            value={query.container ?? ALL}
            onChange={(name) => onChange({ container: name || undefined })}
            options={[{ value: ALL, label: 'All' }, ...containerNames.map((name) => ({ value: name, label: name }))]}
            style={{ width: 220 }}
          />
        </Labelled>
      )}
      <Labelled id="log-since" label="Filter by Start Time:">
        <DatePicker
          id="log-since"
          aria-label="Filter by Start Time"
          showTime
          value={query.since ? dayjs(query.since) : null}
          onChange={(moment) => onChange({ since: moment ? moment.toISOString() : undefined })}
        />
      </Labelled>
      <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl} download>
        Download Logs
      </Button>
    </Flex>
  );
}
