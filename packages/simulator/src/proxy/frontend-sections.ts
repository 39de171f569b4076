import type { HttpPlan } from './backend-plan.ts';
import type { TlsSetup } from './certificates.ts';
import type { ProxyEnvironment } from './environment.ts';
import { rootedDirective } from './paths.ts';
import { bindLine } from './section.ts';
import type { Section } from './section.ts';
import type { Warn } from './text.ts';
import { virtualHostRules } from './virtual-host.ts';
import type { VirtualHost } from './virtual-host.ts';

interface FrontendContext {
  env: ProxyEnvironment;
  tls: TlsSetup;
  root: string | undefined;
}

function commonLines({ env, root }: FrontendContext, port: number, ssl: boolean): string[] {
  return [
    // HAProxy 2.x has no reqadd: the header is set by an http-request rule.
    ...(env.skipForwardedProto ? [] : [`http-request set-header X-Forwarded-Proto ${ssl ? 'https' : 'http'}`]),
    ...(env.extraFrontendSettings.get(port) ?? []).map((setting) => rootedDirective(root, setting)),
  ];
}

function monitorLines(env: ProxyEnvironment, port: number): string[] {
  return env.monitor?.port === port ? [`monitor-uri ${env.monitor.uri}`] : [];
}

function virtualHostFrontends(context: FrontendContext, plan: HttpPlan, taken: ReadonlySet<number>, warn: Warn) {
  const byPort = new Map<number, { host: VirtualHost; backend: string; rule: number }[]>();
  plan.rules.forEach((rule, i) => {
    const rules = byPort.get(rule.host.port) ?? [];
    rules.push({ ...rule, rule: i + 1 });
    byPort.set(rule.host.port, rules);
  });
  const sections: Section[] = [];
  for (const [port, rules] of byPort) {
    if (taken.has(port)) {
      warn(`VIRTUAL_HOST port ${port} is also a TCP_PORTS port; its virtual hosts are not routed.`);
      continue;
    }
    const secure = rules.some(({ host }) => host.scheme === 'https' || host.scheme === 'wss');
    if (secure && !context.tls.bind)
      warn(
        `Port ${port} has https/wss virtual hosts but no SSL certificate is set (SSL_CERT, DEFAULT_SSL_CERT or CERT_FOLDER); it serves plain HTTP.`,
      );
    const ssl = secure && context.tls.bind !== undefined;
    sections.push({
      header: `frontend port_${port}`,
      lines: [
        bindLine(port, context.env.extraBindSettings, ssl ? context.tls.bind : undefined),
        ...commonLines(context, port, ssl),
        'acl is_websocket hdr(Upgrade) -i WebSocket',
        ...monitorLines(context.env, port),
        ...rules.flatMap(({ host, backend, rule }) => virtualHostRules(host, rule, backend)),
        ...(plan.defaultBackend ? [`default_backend ${plan.defaultBackend}`] : []),
      ],
    });
  }
  return sections;
}

function defaultFrontend(context: FrontendContext, port: 80 | 443, backend: string): Section {
  const ssl = port === 443 ? context.tls.bind : undefined;
  return {
    header: `frontend default_port_${port}`,
    lines: [
      bindLine(port, context.env.extraBindSettings, ssl),
      ...commonLines(context, port, ssl !== undefined),
      ...monitorLines(context.env, port),
      `maxconn ${context.env.maxconn}`,
      `default_backend ${backend}`,
    ],
  };
}

/**
 * The HTTP frontends: `frontend port_<N>` per virtual host port with its ACLs, or, without virtual
 * hosts, `default_port_80` (and `default_port_443` with SSL termination) in front of `default_service`;
 * plus `frontend monitor` when MONITOR_PORT has no other frontend.
 */
export function frontendSections(
  context: FrontendContext,
  plan: HttpPlan,
  tcpPorts: ReadonlySet<number>,
  warn: Warn,
): Section[] {
  const sections =
    plan.rules.length > 0
      ? virtualHostFrontends(context, plan, tcpPorts, warn)
      : plan.defaultBackend
        ? ([80, 443] as const)
            .filter((port) => (port === 80 || context.tls.bind) && !tcpPorts.has(port))
            .map((port) => defaultFrontend(context, port, plan.defaultBackend ?? ''))
        : [];
  const ports = new Set(sections.map((s) => Number(/_(\d+)$/.exec(s.header)?.[1])));
  const { monitor } = context.env;
  if (monitor && !ports.has(monitor.port) && !tcpPorts.has(monitor.port) && monitor.port !== context.env.statsPort)
    sections.push({
      header: 'frontend monitor',
      lines: [`bind :${monitor.port}`, 'mode http', `monitor-uri ${monitor.uri}`],
    });
  for (const port of context.env.extraFrontendSettings.keys())
    if (!ports.has(port)) warn(`EXTRA_FRONTEND_SETTINGS_${port}: HAProxy has no frontend on port ${port}; ignored.`);
  return sections;
}
