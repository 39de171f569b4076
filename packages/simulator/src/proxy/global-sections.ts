import type { ProxyEnvironment } from './environment.ts';
import { rooted, rootedDirective } from './paths.ts';
import { bindLine } from './section.ts';
import type { Section } from './section.ts';
import { escapeWord } from './text.ts';

/** `global`: logging to RSYSLOG_DESTINATION, MAXCONN, the SSL defaults and EXTRA_GLOBAL_SETTINGS. */
export function globalSection(env: ProxyEnvironment, root: string | undefined): Section {
  return {
    header: 'global',
    lines: [
      `log ${env.rsyslogDestination} local0`,
      `log ${env.rsyslogDestination} local1 notice`,
      'log-send-hostname',
      `maxconn ${env.maxconn}`,
      `pidfile ${rooted(root, '/var/run/haproxy.pid')}`,
      'user haproxy',
      'group haproxy',
      'daemon',
      `stats socket ${rooted(root, '/var/run/haproxy.stats')} level admin`,
      `ssl-default-bind-options ${env.sslBindOptions}`,
      ...(env.sslBindCiphers ? [`ssl-default-bind-ciphers ${env.sslBindCiphers}`] : []),
      ...env.extraGlobalSettings.map((setting) => rootedDirective(root, setting)),
    ],
  };
}

/** `defaults`: BALANCE, MODE, OPTION, TIMEOUT and EXTRA_DEFAULT_SETTINGS. */
export function defaultsSection(env: ProxyEnvironment, root: string | undefined): Section {
  return {
    header: 'defaults',
    lines: [
      `balance ${env.balance}`,
      'log global',
      `mode ${env.mode}`,
      ...env.options.map((option) => `option ${option}`),
      ...env.timeouts.map((timeout) => `timeout ${timeout}`),
      ...env.extraDefaultSettings.map((setting) => rootedDirective(root, setting)),
    ],
  };
}

/** `listen stats` on STATS_PORT behind STATS_AUTH. */
export function statsSection(env: ProxyEnvironment): Section {
  return {
    header: 'listen stats',
    lines: [
      bindLine(env.statsPort, env.extraBindSettings),
      'mode http',
      'stats enable',
      'timeout connect 10s',
      'timeout client 1m',
      'timeout server 1m',
      'stats hide-version',
      'stats realm Haproxy\\ Statistics',
      'stats uri /',
      `stats auth ${env.statsAuth}`,
    ],
  };
}

/** The HTTP_BASIC_AUTH users, checked by every backend. */
export function userlistSection(env: ProxyEnvironment): Section[] {
  if (env.basicAuth.length === 0) return [];
  return [
    {
      header: 'userlist haproxy_userlist',
      lines: env.basicAuth.map(({ user, password }) => `user ${user} insecure-password ${escapeWord(password)}`),
    },
  ];
}
