import { Select } from 'antd';
import type { ClusterDto } from '@cs/contracts';

interface ClusterSelectProps {
  clusters: readonly ClusterDto[] | undefined;
  loading: boolean;
  value: string | undefined;
  onChange: (clusterId: string) => void;
}

/** The guide's cluster selector above a cluster's lists. */
export function ClusterSelect({ clusters, loading, value, onChange }: ClusterSelectProps) {
  return (
    <Select
      aria-label="Cluster"
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder="Select a cluster"
      style={{ minWidth: 280 }}
      options={(clusters ?? []).map((c) => ({ value: c.metadata.id, label: c.metadata.name }))}
      notFoundContent="No clusters"
    />
  );
}
