import { Button, Flex, Input, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';

interface LogSearchProps {
  value: string;
  onChange: (search: string) => void;
  matches: number;
  /** The match shown, from 0; -1 when none is. */
  current: number;
  onStep: (direction: 1 | -1) => void;
}

/** The text search of a log: literal, ignoring case; says how many lines match and steps through them. */
export function LogSearch({ value, onChange, matches, current, onStep }: LogSearchProps) {
  return (
    <Flex gap={8} align="center">
      <Input
        allowClear
        aria-label="Search the logs"
        placeholder="Search the logs"
        value={value}
        maxLength={200}
        onChange={(e) => onChange(e.target.value)}
        onPressEnter={(e) => onStep(e.shiftKey ? -1 : 1)}
        style={{ width: 260 }}
      />
      <span role="status" aria-live="polite" style={{ minWidth: 150, color: 'rgba(0, 0, 0, 0.65)' }}>
        {value
          ? `${current >= 0 ? `${current + 1} of ` : ''}${matches.toLocaleString('en-US')} matching ${matches === 1 ? 'line' : 'lines'}`
          : ''}
      </span>
      <Space.Compact>
        <Button
          icon={<UpOutlined aria-hidden />}
          aria-label="Previous match"
          disabled={matches === 0}
          onClick={() => onStep(-1)}
        />
        <Button
          icon={<DownOutlined aria-hidden />}
          aria-label="Next match"
          disabled={matches === 0}
          onClick={() => onStep(1)}
        />
      </Space.Compact>
    </Flex>
  );
}
