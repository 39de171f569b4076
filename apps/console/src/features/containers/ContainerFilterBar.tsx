import { Button, Flex, Input, Select } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { CONTAINER_STATES } from '@cs/domain';
import type { ContainerState } from '@cs/domain';

interface ContainerFilterBarProps {
  name: string;
  status: ContainerState | undefined;
  onChange: (next: { name: string; status: ContainerState | undefined }) => void;
  refreshing: boolean;
  onRefresh: () => void;
}

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  ...CONTAINER_STATES.map((state) => ({ value: state, label: state })),
];

/** Above a container table: a name search (a prefix: `wordpress_web` finds every web container), a status filter, Refresh. */
export function ContainerFilterBar({ name, status, onChange, refreshing, onRefresh }: ContainerFilterBarProps) {
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={name}
        aria-label="Search by container name"
        placeholder="Container name starts with"
        allowClear
        defaultValue={name}
        onSearch={(text) => onChange({ name: text.trim(), status })}
        style={{ width: 280 }}
      />
      <Select<string>
        aria-label="Container status"
        value={status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(value) => onChange({ name, status: (value || undefined) as ContainerState | undefined })}
        style={{ width: 160 }}
      />
      <Button icon={<ReloadOutlined aria-hidden />} loading={refreshing} onClick={onRefresh}>
        Refresh
      </Button>
    </Flex>
  );
}
