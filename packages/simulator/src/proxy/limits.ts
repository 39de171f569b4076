/** Bounds on what one proxy configuration holds, so hostile templates cost linear, bounded work. */
export const PROXY_LIMITS = {
  /** Characters of an environment variable or label value (certificates have their own bound). */
  valueLength: 8192,
  certificateLength: 65_536,
  certificates: 64,
  /** Comma-separated parts of one EXTRA_* setting, ACL-producing URLs of one VIRTUAL_HOST, ports of a list. */
  listParts: 100,
  services: 500,
  /** Virtual hosts (ACL rules) of the whole configuration. */
  virtualHosts: 2000,
  /** `server` lines of the whole configuration. */
  servers: 10_000,
  tcpPorts: 100,
  users: 100,
  /** Characters of a section, ACL or server name. */
  nameLength: 100,
} as const;
