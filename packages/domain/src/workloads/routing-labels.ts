/** Whether a service's labels expose it: a web route (`aliyun.routing.port_N`) or a Server Load Balancer port (`aliyun.lb.port_N`). */
export function isRouted(labels: Readonly<Record<string, string>>): boolean {
  return Object.keys(labels).some((key) => key.startsWith('aliyun.routing.port_') || key.startsWith('aliyun.lb.port_'));
}

/**
 * Simple routing holds the session unless the service says not to: the guide's release policy
 * ("the route service will hold the session by default") and its restclient output, which shows
 * the `CONTAINERID` cookie on every answer.
 */
export function sessionStickyOf(labels: Readonly<Record<string, string>>): boolean {
  return labels['aliyun.routing.session_sticky']?.trim().toLowerCase() !== 'false';
}

/** Whether custom routing (acs/proxy) may balance to the service: it sets `aliyun.proxy.*` labels. */
export function isProxied(labels: Readonly<Record<string, string>>): boolean {
  return Object.keys(labels).some((key) => key.startsWith('aliyun.proxy.'));
}

/** The guide's custom routing service: the acs/proxy image, declared an addon (`aliyun.custom_addon: "proxy"`; the samples also spell it customAddon). */
export function isProxyService(labels: Readonly<Record<string, string>>): boolean {
  return (labels['aliyun.custom_addon'] ?? labels['aliyun.customAddon'])?.trim() === 'proxy';
}
