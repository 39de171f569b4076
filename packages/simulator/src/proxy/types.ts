/** A port the acs/proxy service publishes (`ports:` of its template). */
export interface ProxyPublishedPort {
  containerPort: number;
  hostPort?: number;
  protocol: 'tcp' | 'udp';
}

/** The acs/proxy service itself: its application and the environment variables of its template. */
export interface ProxyService {
  applicationName: string;
  environment: Record<string, string>;
  ports: readonly ProxyPublishedPort[];
}

/** A container of a service the proxy may balance to. */
export interface ProxyBackendContainer {
  name: string;
  ip: string;
  running: boolean;
  healthy: boolean;
}

/** A service the proxy may route to: its `aliyun.proxy.*` labels and the ports it exposes (`expose`/`ports`). */
export interface ProxyCandidateService {
  applicationName: string;
  serviceName: string;
  labels: Record<string, string>;
  containerPorts: readonly { port: number; protocol: 'tcp' | 'udp' }[];
  containers: readonly ProxyBackendContainer[];
}

/** A file the configuration references (certificates), at the path HAProxy reads it from. */
export interface ProxyFile {
  path: string;
  content: string;
}

/** What acs/proxy writes: `/haproxy.cfg`, its certificate files, and what was refused on the way. */
export interface ProxyConfiguration {
  config: string;
  files: ProxyFile[];
  warnings: string[];
}

export interface ProxyConfigOptions {
  /** A directory every absolute path of the configuration is moved under, to check it outside the container. */
  root?: string;
}
