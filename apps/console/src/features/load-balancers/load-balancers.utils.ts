import { REGIONS, findRegion } from '@cs/domain';
import type { ListenerDto, LoadBalancerDto } from '@cs/contracts';

export const ADDRESS_TYPE_LABEL: Record<LoadBalancerDto['spec']['addressType'], string> = {
  internet: 'Public Network',
  intranet: 'Intranet',
};
export const NETWORK_TYPE_LABEL: Record<LoadBalancerDto['spec']['networkType'], string> = {
  classic: 'Classic Network',
  vpc: 'VPC',
};
export const PROTOCOL_LABEL: Record<ListenerDto['frontendProtocol'], string> = {
  tcp: 'TCP',
  udp: 'UDP',
  http: 'HTTP',
  https: 'HTTPS',
};
export const SCHEDULER_LABEL: Record<ListenerDto['scheduler'], string> = {
  wrr: 'Weighted Round Robin',
  wlc: 'Weighted Least Connections',
};

/** "China East 1 (Hangzhou)" for cn-hangzhou; the id itself for a region the console does not know. */
export const regionLabel = (region: string) => findRegion(region)?.name ?? region;

export const REGION_OPTIONS = REGIONS.map((r) => ({ value: r.id, label: r.name }));

/** The default region of the Server Load Balancer console: the guide's "current region". */
export const DEFAULT_REGION = 'cn-hangzhou';

/** A region of the URL, or the default when it names none. */
export const regionParam = (param: string | null) => (param && findRegion(param) ? param : DEFAULT_REGION);

/** Peak Bandwidth as the Listening tab shows it. */
export const bandwidthLabel = (bandwidth: number | null) => (bandwidth === null ? 'Unlimited' : `${bandwidth}M`);

/** The port family that tells a UDP listener from a TCP, HTTP or HTTPS one on the same port. */
export const listenerFamily = (l: Pick<ListenerDto, 'frontendProtocol'>) =>
  l.frontendProtocol === 'udp' ? ('udp' as const) : ('tcp' as const);

/** `HTTPS:443` → `HTTP:9080`. */
export const listenerMapping = (l: ListenerDto) =>
  `${PROTOCOL_LABEL[l.frontendProtocol]}:${l.frontendPort} → ${PROTOCOL_LABEL[l.backendProtocol]}:${l.backendPort}`;

export const loadBalancerListPath = (region: string) => `/load-balancers?region=${encodeURIComponent(region)}`;
export const loadBalancerPath = (id: string, tab?: 'listeners' | 'backend-servers') =>
  `/load-balancers/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`;
export const certificatesPath = (region: string) => `/load-balancers/certificates?region=${encodeURIComponent(region)}`;
