import type { HttpBackend } from './backend-plan.ts';
import type { TlsSetup } from './certificates.ts';
import type { ProxyEnvironment } from './environment.ts';
import { rootedDirective } from './paths.ts';
import { routeSettings } from './route-settings.ts';
import { serverLines } from './routes.ts';
import type { Section } from './section.ts';
import { stickinessLines } from './stickiness.ts';
import type { Warn } from './text.ts';

/** One `backend` section: the service's labels as HAProxy directives, then its `server` lines. */
export function backendSection(
  backend: HttpBackend,
  env: ProxyEnvironment,
  tls: TlsSetup,
  root: string | undefined,
  warn: Warn,
): Section {
  const s = backend.settings;
  const sticky = s.appSession !== undefined || s.cookie !== undefined;
  if (s.forceSsl && !tls.bind)
    warn(`FORCE_SSL of ${backend.name} needs SSL termination (an SSL certificate); no redirect is made.`);
  const lines = [
    ...(backend.websocket ? ['option http-server-close'] : []),
    ...stickinessLines(s.appSession, s.cookie),
    ...(s.balance ? [`balance ${s.balance}`] : []),
    ...(s.forceSsl && tls.bind ? ['redirect scheme https code 301 if !{ ssl_fc }'] : []),
    ...(s.httpCheck ?? []),
    ...(s.gzipTypes ? ['compression algo gzip', `compression type ${s.gzipTypes}`] : []),
    // HAProxy 2.x has no rspadd: the header is set by an http-response rule.
    ...(s.hstsMaxAge !== undefined
      ? [`http-response set-header Strict-Transport-Security "max-age=${s.hstsMaxAge}; includeSubDomains"`]
      : []),
    ...s.options.map((option) => `option ${option}`),
    ...s.extraSettings.map((setting) => rootedDirective(root, setting)),
    ...(env.basicAuth.length > 0
      ? ['acl need_auth http_auth(haproxy_userlist)', 'http-request auth realm haproxy_basic_auth if !need_auth']
      : []),
    ...serverLines(backend.routes, (route, name) => [
      sticky ? `cookie ${name}` : '',
      routeSettings(env, route.service),
    ]),
  ];
  return { header: `backend ${backend.name}`, lines };
}
