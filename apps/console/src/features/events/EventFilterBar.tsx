import { Flex, Segmented, Select } from 'antd';
import type { EventFilter } from '@cs/contracts';
import { EVENT_KIND_LABELS } from './event-filter.utils.ts';
import type { EventLevel, EventResourceKind } from './event-filter.utils.ts';

const LEVEL_OPTIONS = ['All', 'Info', 'Warning', 'Error'] as const;
type LevelOption = (typeof LEVEL_OPTIONS)[number];

interface EventFilterBarProps {
  /** The kinds of resource the view's events are about (a cluster's: Cluster and Node). */
  kinds: readonly EventResourceKind[];
  filter: EventFilter;
  onChange: (change: Partial<Pick<EventFilter, 'level' | 'resourceKind'>>) => void;
}

/** An Events view's filters: Resource (which kind of resource) and Level. */
export function EventFilterBar({ kinds, filter, onChange }: EventFilterBarProps) {
  return (
    <Flex gap={16} align="center" wrap>
      <Select<EventResourceKind>
        aria-label="Resource"
        placeholder="All resources"
        allowClear
        // null, not undefined: antd treats an undefined value as uncontrolled and keeps what was chosen.
        value={filter.resourceKind ?? null}
        onChange={(resourceKind) => onChange({ resourceKind: resourceKind ?? undefined })}
        options={kinds.map((kind) => ({ value: kind, label: EVENT_KIND_LABELS[kind] }))}
        style={{ width: 160 }}
      />
      <Flex gap={8} align="center">
        <span id="event-level-label">Level:</span>
        <Segmented<LevelOption>
          aria-labelledby="event-level-label"
          options={[...LEVEL_OPTIONS]}
          value={filter.level ?? 'All'}
          onChange={(level) => onChange({ level: level === 'All' ? undefined : (level as EventLevel) })}
        />
      </Flex>
    </Flex>
  );
}
