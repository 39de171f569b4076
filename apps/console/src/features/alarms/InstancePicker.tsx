import { useMemo, useState } from 'react';
import { Select } from 'antd';
import type { AlarmInstanceView } from '@cs/contracts';
import { useContainersQuery } from '../../data/containers/containers-query.ts';
import { useNodesQuery } from '../../data/nodes/nodes-query.ts';
import { instanceParam } from './alarm-paths.ts';

interface InstancePickerProps {
  clusterId: string;
  /** Instances known by name already (the rule's, the page's): shown even when not in the search. */
  known: readonly AlarmInstanceView[];
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** The instances of a rule: the cluster's nodes, and its containers found by name as one types. */
export function InstancePicker({ clusterId, known, value, onChange }: InstancePickerProps) {
  const [search, setSearch] = useState('');
  const nodes = useNodesQuery({ clusterId }, { enabled: Boolean(clusterId) });
  const containers = useContainersQuery(
    { clusterId, name: search.trim() || undefined, pageSize: 20 },
    { enabled: Boolean(clusterId) },
  );
  const options = useMemo(() => {
    const all = new Map<string, { value: string; label: string }>();
    const add = (i: AlarmInstanceView) =>
      all.set(instanceParam(i), {
        value: instanceParam(i),
        label: `${i.kind === 'node' ? 'Node' : 'Container'}: ${i.name}`,
      });
    known.forEach(add);
    containers.data?.items.forEach((c) => add({ kind: 'container', id: c.metadata.id, name: c.metadata.name }));
    nodes.data?.items.forEach((n) => add({ kind: 'node', id: n.metadata.id, name: n.metadata.name }));
    return [...all.values()];
  }, [known, containers.data, nodes.data]);
  return (
    <Select
      mode="multiple"
      aria-label="Instances"
      placeholder="Search containers by name, or choose nodes"
      value={value}
      onChange={onChange}
      onSearch={setSearch}
      filterOption={false}
      loading={containers.isFetching || nodes.isFetching}
      options={options}
      notFoundContent="No matching instances"
    />
  );
}
