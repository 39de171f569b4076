import { Flex, Input, Select } from 'antd';
import { OPERATION_RESOURCE_KINDS, OPERATION_RESULTS } from '@cs/contracts';
import type { OperationResourceKind, OperationResult } from '@cs/contracts';
import { RESOURCE_KIND_LABELS } from './operation-logs.utils.ts';
import type { OperationLogView } from './operation-logs.utils.ts';

interface OperationLogFiltersProps {
  view: OperationLogView;
  /** A change of filter; the page goes back to the first. */
  onChange: (change: Partial<Omit<OperationLogView, 'page'>>) => void;
}

const KIND_OPTIONS = OPERATION_RESOURCE_KINDS.map((kind) => ({ value: kind, label: RESOURCE_KIND_LABELS[kind] }));
const RESULT_OPTIONS = OPERATION_RESULTS.map((result) => ({ value: result, label: result }));

interface ChoiceFilterProps<T extends string> {
  label: string;
  placeholder: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  width: number;
}

/** One of the page's choices, cleared back to "All …". */
function ChoiceFilter<T extends string>({ label, placeholder, value, options, onChange, width }: ChoiceFilterProps<T>) {
  return (
    <Select<T>
      aria-label={label}
      placeholder={placeholder}
      allowClear
      // null, not undefined: antd treats an undefined value as uncontrolled and keeps what was chosen.
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      style={{ width }}
    />
  );
}

/** Resource type, result, user, time range and a search by request id or resource name. */
export function OperationLogFilters({ view, onChange }: OperationLogFiltersProps) {
  return (
    <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
      <ChoiceFilter<OperationResourceKind>
        label="Resource type"
        placeholder="All resource types"
        value={view.resourceKind}
        options={KIND_OPTIONS}
        onChange={(resourceKind) => onChange({ resourceKind })}
        width={180}
      />
      <ChoiceFilter<OperationResult>
        label="Result"
        placeholder="All results"
        value={view.result}
        options={RESULT_OPTIONS}
        onChange={(result) => onChange({ result })}
        width={140}
      />
      <Input.Search
        key={`user-${view.user ?? ''}`}
        aria-label="User"
        placeholder="User"
        allowClear
        defaultValue={view.user}
        onSearch={(text) => onChange({ user: text.trim() || undefined })}
        style={{ width: 160 }}
      />
      <Flex gap={8} align="center">
        <label htmlFor="operation-logs-from">From</label>
        <Input
          id="operation-logs-from"
          type="datetime-local"
          value={view.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
          style={{ width: 200 }}
        />
        <label htmlFor="operation-logs-to">To</label>
        <Input
          id="operation-logs-to"
          type="datetime-local"
          value={view.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
          style={{ width: 200 }}
        />
      </Flex>
      <Input.Search
        key={`q-${view.q ?? ''}`}
        aria-label="Search by request ID or resource name"
        placeholder="Request ID or resource name"
        allowClear
        defaultValue={view.q}
        onSearch={(text) => onChange({ q: text.trim() || undefined })}
        style={{ width: 260 }}
      />
    </Flex>
  );
}
