import { Flex, Table } from 'antd';
import type { ServiceDto } from '@cs/contracts';
import { isProxyService } from '@cs/domain';
import { ProxyConfiguration } from './ProxyConfiguration.tsx';
import { containerPortText, mappingPortText } from '../services.utils.ts';

interface PortRow {
  key: string;
  containerPort: string;
  mappingPort: string;
}

function portRows({ ports, expose }: ServiceDto['spec']['definition']): PortRow[] {
  return [
    ...ports.map((p, i) => ({ key: `p${i}`, containerPort: containerPortText(p), mappingPort: mappingPortText(p) })),
    ...expose.map((p, i) => ({
      key: `e${i}`,
      containerPort: containerPortText({ containerPort: p.port, count: p.count, protocol: p.protocol }),
      mappingPort: 'Exposed to linked services only',
    })),
  ];
}

/** Configurations: the service's ports ("Dynamic" for a random host port), environment variables, and acs/proxy's HAProxy configuration. */
export function ServiceConfigurations({ service }: { service: ServiceDto }) {
  const { definition } = service.spec;
  const variables = Object.entries(definition.environment).map(([name, value]) => ({ name, value }));
  return (
    <Flex vertical gap={24}>
      <Table<PortRow>
        aria-label="Ports"
        size="small"
        pagination={false}
        dataSource={portRows(definition)}
        columns={[
          { title: 'Container Port', dataIndex: 'containerPort', width: '50%' },
          { title: 'Mapping Port', dataIndex: 'mappingPort' },
        ]}
        locale={{ emptyText: 'The service maps no ports.' }}
      />
      <Table<{ name: string; value: string }>
        aria-label="Environment variables"
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={variables}
        columns={[
          { title: 'Environment Variable', dataIndex: 'name', width: '50%' },
          { title: 'Variable Value', dataIndex: 'value', render: (value: string) => value || <em>(empty)</em> },
        ]}
        locale={{ emptyText: 'The service sets no environment variables.' }}
      />
      {isProxyService(definition.labels) && <ProxyConfiguration serviceId={service.metadata.id} />}
    </Flex>
  );
}
