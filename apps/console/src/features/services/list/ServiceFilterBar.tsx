import { Checkbox, Flex, Input } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { ClusterSelect } from '../../nodes/ClusterSelect.tsx';
import type { ServiceListView } from './service-list-params.ts';

interface ServiceFilterBarProps {
  clusters: readonly ClusterDto[] | undefined;
  clustersLoading: boolean;
  clusterId: string | undefined;
  onClusterChange: (clusterId: string) => void;
  view: ServiceListView;
  onViewChange: (change: Partial<ServiceListView>) => void;
}

/** The guide's line above the Service List: Cluster, the three Hide checkboxes, Service Name. */
export function ServiceFilterBar(props: ServiceFilterBarProps) {
  const { clusters, clustersLoading, clusterId, onClusterChange, view, onViewChange } = props;
  return (
    <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center">
        <span>Cluster:</span>
        <ClusterSelect clusters={clusters} loading={clustersLoading} value={clusterId} onChange={onClusterChange} />
      </Flex>
      <Checkbox checked={view.hideSystem} onChange={(e) => onViewChange({ hideSystem: e.target.checked })}>
        Hide System Services
      </Checkbox>
      <Checkbox checked={view.hideOffline} onChange={(e) => onViewChange({ hideOffline: e.target.checked })}>
        Hide Offline Services
      </Checkbox>
      <Checkbox checked={view.hideOnline} onChange={(e) => onViewChange({ hideOnline: e.target.checked })}>
        Hide Online Services
      </Checkbox>
      <Flex gap={8} align="center">
        <label htmlFor="service-name-search">Service Name</label>
        <Input.Search
          key={view.name}
          id="service-name-search"
          aria-label="Search by service name"
          placeholder="Name contains"
          allowClear
          defaultValue={view.name}
          onSearch={(text) => onViewChange({ name: text.trim() })}
          style={{ width: 240 }}
        />
      </Flex>
    </Flex>
  );
}
