/** One HTTP request through a cluster's Server Load Balancer, as the routing model sees it. */
export interface SimulatedRequest {
  method: string;
  scheme: 'http' | 'https';
  /** The Host header as sent (it may carry a port). */
  host: string;
  /** The request target: path and query. */
  path: string;
  clientIp: string;
  cookies: Readonly<Record<string, string>>;
  /** The Authorization header, for acs/proxy's HTTP_BASIC_AUTH. */
  authorization?: string;
}

/** The answer, and the container that gave it (null when routing answered itself: 502, 503). */
export interface SimulatedAnswer {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
  container: { id: string; name: string; serviceName: string } | null;
}

/** `a=1; CONTAINERID=c1` → { a: '1', CONTAINERID: 'c1' }; at most 50 cookies, names and values bounded. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';').slice(0, 50)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name.length <= 64 && value.length <= 256 && !(name in cookies)) cookies[name] = value;
  }
  return cookies;
}
