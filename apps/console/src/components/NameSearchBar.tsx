import type { ReactNode } from 'react';
import { Flex, Input } from 'antd';

interface NameSearchBarProps {
  /** Unique on the page: ties the "Name:" label to the box. */
  id: string;
  /** A line of help on the left, as the guide shows above its lists. */
  help: ReactNode;
  placeholder: string;
  ariaLabel: string;
  /** The search in the URL; a new value (or `resetKey`) resets the box. */
  value: string;
  resetKey: string;
  onSearch: (name: string | undefined) => void;
}

/** The help line and "Name:" search box above a list; an empty search clears the filter. */
export function NameSearchBar({ id, help, placeholder, ariaLabel, value, resetKey, onSearch }: NameSearchBarProps) {
  return (
    <Flex gap={16} align="center" justify="space-between" wrap style={{ marginBottom: 16 }}>
      <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{help}</span>
      <Flex gap={8} align="center">
        <label htmlFor={id}>Name:</label>
        <Input.Search
          key={`${resetKey}:${value}`}
          id={id}
          placeholder={placeholder}
          aria-label={ariaLabel}
          allowClear
          enterButton="Search"
          defaultValue={value}
          onSearch={(text) => onSearch(text.trim() || undefined)}
          style={{ width: 320 }}
        />
      </Flex>
    </Flex>
  );
}
