import { Card, Descriptions } from 'antd';
import { Link } from 'react-router';
import type { LoadBalancerDetailDto } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { ADDRESS_TYPE_LABEL, NETWORK_TYPE_LABEL, regionLabel } from './load-balancers.utils.ts';

const ORIGIN_LABEL: Record<LoadBalancerDetailDto['spec']['origin'], string> = {
  cluster: 'Created with a cluster (Pay by Usage)',
  console: 'Server Load Balancer console (Pay by Usage)',
  account: 'Account instance (Subscription)',
};

/** Basic Information, as the guide's screenshot of an instance shows it. */
export function LoadBalancerBasicInformation({ lb }: { lb: LoadBalancerDetailDto }) {
  return (
    <Card title="Basic Information" style={{ marginBottom: 16 }}>
      <Descriptions
        column={2}
        items={[
          { key: 'id', label: 'Server Load Balancer ID', children: lb.metadata.id },
          { key: 'status', label: 'Status', children: lb.status.phase },
          { key: 'name', label: 'Load Balancer Name', children: lb.metadata.name },
          { key: 'region', label: 'Region', children: regionLabel(lb.spec.region) },
          { key: 'address-type', label: 'Address Type', children: ADDRESS_TYPE_LABEL[lb.spec.addressType] },
          { key: 'network-type', label: 'Network Type', children: NETWORK_TYPE_LABEL[lb.spec.networkType] },
          { key: 'address', label: 'Service Address', children: <strong>{lb.status.address}</strong> },
          { key: 'created', label: 'Created on', children: formatDateTime(lb.metadata.createdAt) },
          { key: 'origin', label: 'Payment Option', children: ORIGIN_LABEL[lb.spec.origin] },
          {
            key: 'endpoint',
            label: 'Listening on this machine',
            children: lb.endpoint ?? 'Not listening on this machine',
          },
          {
            key: 'clusters',
            label: 'Used by',
            children:
              lb.usedBy.length === 0
                ? 'No cluster'
                : lb.usedBy.map((u, i) => (
                    <span key={u.clusterId}>
                      {i > 0 && ', '}
                      <Link to={`/clusters/${encodeURIComponent(u.clusterId)}`}>{u.clusterName}</Link> (
                      {u.how === 'created' ? 'created with it' : 'bound'})
                    </span>
                  )),
          },
        ]}
      />
    </Card>
  );
}
