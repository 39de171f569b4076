import type { AlarmInstanceRef } from '@cs/contracts';

export type AlarmTab = 'rules' | 'history';

/** `container:<id>` / `node:<id>`: an instance as the URL carries it. */
export function instanceParam(instance: AlarmInstanceRef): string {
  return `${instance.kind}:${instance.id}`;
}

/** The instance a `?instance=` value names, or undefined when it names none. */
export function parseInstanceParam(param: string | null): AlarmInstanceRef | undefined {
  const match = /^(container|node):(.{1,128})$/.exec(param ?? '');
  return match ? { kind: match[1] as AlarmInstanceRef['kind'], id: match[2]! } : undefined;
}

/** The Alarm rules page of a cluster: one instance's rules, the (one rule's) history, or New Alarm Rule opened. */
export function alarmRulesPath(
  clusterId: string,
  options: { instance?: AlarmInstanceRef; tab?: AlarmTab; ruleId?: string; create?: boolean } = {},
): string {
  const params = new URLSearchParams({ clusterId });
  if (options.instance) params.set('instance', instanceParam(options.instance));
  if (options.tab === 'history') params.set('tab', 'history');
  if (options.ruleId) params.set('ruleId', options.ruleId);
  if (options.create) params.set('new', '1');
  return `/alarms?${params.toString()}`;
}
