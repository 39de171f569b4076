import { useState } from 'react';
import { Alert, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { BackendServerDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { BACKEND_SERVERS_PAGE_SIZE, useBackendServersQuery } from '../../data/load-balancers/backend-servers-query.ts';

const HEALTH_COLOR: Record<BackendServerDto['health'], string> = { Normal: 'green', Initial: 'blue', Abnormal: 'red' };

const COLUMNS: TableColumnsType<BackendServerDto> = [
  { title: 'Node', key: 'node', render: (_, s) => s.nodeName },
  { title: 'Node IP', key: 'ip', render: (_, s) => s.nodeIp },
  { title: 'Backend Port', key: 'port', render: (_, s) => s.hostPort ?? '-' },
  { title: 'Frontend Port', key: 'front', render: (_, s) => `${s.scheme.toUpperCase()}:${s.frontPort}` },
  {
    title: 'Service',
    key: 'service',
    render: (_, s) => <Link to={`/services/${encodeURIComponent(s.serviceId)}`}>{s.serviceName}</Link>,
  },
  { title: 'Container', key: 'container', render: (_, s) => s.containerName },
  { title: 'Health Status', key: 'health', render: (_, s) => <Tag color={HEALTH_COLOR[s.health]}>{s.health}</Tag> },
];

/** Server > Backend server: the nodes the lb labels of services bound automatically, with their health. */
export function BackendServersTab({ loadBalancerId }: { loadBalancerId: string }) {
  const [page, setPage] = useState(1);
  const servers = useBackendServersQuery(loadBalancerId, page);
  return (
    <>
      {servers.isError && <LoadFailureAlert what="The backend servers" error={servers.error} />}
      {servers.data?.truncated && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Only the first 500 backend servers are listed."
        />
      )}
      <Table<BackendServerDto>
        aria-label="Backend servers"
        rowKey={(s) => `${s.containerName}:${s.frontPort}:${s.scheme}`}
        columns={COLUMNS}
        loading={servers.isPending}
        dataSource={servers.data?.items}
        locale={{
          emptyText:
            'No backend server. Services bind nodes here with the label aliyun.lb.port_$container_port: $scheme://$slb_name:$front_port.',
        }}
        pagination={{
          current: page,
          pageSize: BACKEND_SERVERS_PAGE_SIZE,
          total: servers.data?.total,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </>
  );
}
