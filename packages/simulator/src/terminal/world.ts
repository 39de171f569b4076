import type { HttpAnswer } from '../web/http-answer.ts';

/** A container of the cluster as a shell inside another one sees it. */
export interface ShellHost {
  id: string;
  name: string;
  hostname: string;
  image: string;
  containerIp: string;
  /** Its node's address: a peer on another node answers pings a little slower. */
  nodeIp: string;
  /** Only a running container answers; a stopped one's address stays silent. */
  running: boolean;
}

/** The container the shell runs in: a host, plus what its service definition gave it. */
export interface ShellSelf extends ShellHost {
  environment: Readonly<Record<string, string>>;
  /** The command it was started with (the service's command, else the image's default); null when unknown. */
  command: string | null;
  links: readonly { alias: string; target: string }[];
  /** The prefix length of its node's segment of the container network (`/24`). */
  prefixLength: number;
  startedAt: string | null;
}

/**
 * What the simulated shell may ask of the cluster, so that it runs without the BFF: each lookup
 * answers at most a few containers of the same cluster, running ones first.
 */
export interface ShellWorld {
  self: ShellSelf;
  now(): number;
  /** The container holding this address, if any. */
  byAddress(ip: string): Promise<ShellHost | undefined>;
  /** A container by its name (`{app}_{service}_{n}` or `container_name`). */
  byContainerName(name: string): Promise<ShellHost | undefined>;
  /** The containers of services whose template sets this hostname. */
  byHostname(hostname: string): Promise<ShellHost[]>;
  /** The containers of a service named `{app}_{service}`, as a link's target names it. */
  byService(qualifiedName: string): Promise<ShellHost[]>;
  /** The containers of services routed at this domain (`aliyun.routing.port_80: restserver.local`). */
  byRoutingDomain(domain: string): Promise<ShellHost[]>;
  /**
   * An HTTP request to a routing domain, through the cluster's routing service: balanced over the
   * healthy containers behind it, with its session cookie. Absent: the first container answers.
   */
  routeHttp?(host: string, method: string, path: string): Promise<HttpAnswer | undefined>;
}
