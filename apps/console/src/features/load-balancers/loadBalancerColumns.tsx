import { Button, Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { LoadBalancerDto } from '@cs/contracts';
import { ADDRESS_TYPE_LABEL, NETWORK_TYPE_LABEL, loadBalancerPath } from './load-balancers.utils.ts';

export type LoadBalancerAction = 'rename' | 'delete';

/** Instance Management's columns: ID/name, address, types, status, listeners and the actions. */
export function loadBalancerColumns(
  onAction: (action: LoadBalancerAction, lb: LoadBalancerDto) => void,
): TableColumnsType<LoadBalancerDto> {
  return [
    {
      title: 'Instance Name/ID',
      key: 'name',
      render: (_, lb) => (
        <Flex vertical>
          <Link to={loadBalancerPath(lb.metadata.id)}>{lb.metadata.name}</Link>
          <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{lb.metadata.id}</span>
        </Flex>
      ),
    },
    { title: 'Service Address', key: 'address', render: (_, lb) => lb.status.address },
    { title: 'Address Type', key: 'addressType', render: (_, lb) => ADDRESS_TYPE_LABEL[lb.spec.addressType] },
    { title: 'Network Type', key: 'networkType', render: (_, lb) => NETWORK_TYPE_LABEL[lb.spec.networkType] },
    { title: 'Status', key: 'status', render: (_, lb) => <Tag color="green">{lb.status.phase}</Tag> },
    { title: 'Listeners', key: 'listeners', render: (_, lb) => lb.spec.listeners.length },
    {
      title: 'Action',
      key: 'action',
      render: (_, lb) => (
        <Flex gap={4} wrap>
          <Link to={loadBalancerPath(lb.metadata.id)} aria-label={`Manage ${lb.metadata.name}`}>
            Manage
          </Link>
          <Button
            type="link"
            size="small"
            onClick={() => onAction('rename', lb)}
            aria-label={`Edit name of ${lb.metadata.name}`}
          >
            Edit name
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => onAction('delete', lb)}
            aria-label={`Delete ${lb.metadata.name}`}
          >
            Delete
          </Button>
        </Flex>
      ),
    },
  ];
}
