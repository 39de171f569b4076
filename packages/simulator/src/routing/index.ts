export { AcsRoutingTable } from './acsrouting-table.ts';
export type { AcsRoutingEntry } from './acsrouting-table.ts';
export { Pool } from './balancer.ts';
export type { Balance, PickRequest, Picked, PoolOptions, Server, ServerGroup, Stickiness } from './balancer.ts';
export type { ProxyRequest, ProxyScheme } from './request.ts';
export { matchesVirtualHost } from './virtual-host.ts';
export { VirtualHostTable } from './virtual-host-table.ts';
export type { VirtualHostRule } from './virtual-host-table.ts';
