import { Flex, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ServiceRoute } from '@cs/contracts';
import { ReleaseRoleTag } from '../../ReleaseRoleTag.tsx';
import { ROUTE_KIND_LABELS, backendsText, isWebRoute } from './routes.utils.ts';

/** A simple route's domain opens in a new tab; a Server Load Balancer's endpoint is only shown. */
function RouteEndpoint({ route }: { route: ServiceRoute }) {
  if (route.kind === 'routing' && isWebRoute(route)) {
    return (
      <Typography.Link href={route.endpoint} target="_blank" rel="noopener noreferrer" title={route.endpoint}>
        {route.endpoint}
      </Typography.Link>
    );
  }
  return <span title={route.endpoint}>{route.endpoint}</span>;
}

/** The columns of the Routes tab. */
export const ROUTE_COLUMNS: TableColumnsType<ServiceRoute> = [
  {
    title: 'Service',
    key: 'service',
    width: 220,
    render: (_, r) => (
      <Flex gap={8} align="center" wrap>
        <span>{r.serviceName}</span>
        <ReleaseRoleTag role={r.releaseRole} />
      </Flex>
    ),
  },
  // One line: a test domain is long, and wrapping it letter by letter is harder to read than its full text on hover.
  { title: 'Route', key: 'route', ellipsis: true, render: (_, r) => <RouteEndpoint route={r} /> },
  { title: 'Type', key: 'type', width: 130, render: (_, r) => ROUTE_KIND_LABELS[r.kind] },
  { title: 'Container Port', dataIndex: 'containerPort', width: 100 },
  { title: 'Weight', dataIndex: 'weight', width: 80 },
  { title: 'Backends', key: 'backends', width: 130, render: (_, r) => backendsText(r.backends) },
  { title: 'Session sticky', key: 'sticky', width: 90, render: (_, r) => (r.sessionSticky ? 'Yes' : 'No') },
];

/** One row per endpoint: a service routes each container port separately. */
export const routeRowKey = (r: ServiceRoute) => `${r.serviceId}|${r.kind}|${r.containerPort}|${r.endpoint}`;
