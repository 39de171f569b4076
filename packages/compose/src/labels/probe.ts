import type { Reporter } from '../diagnostics.ts';
import type { LabelSet } from './parse.ts';
import { labelInteger, portNumber } from './values.ts';

/** The service health check of `aliyun.probe.*`. */
export type Probe =
  | { kind: 'http'; port: number; path: string; timeoutSeconds?: number; initialDelaySeconds?: number }
  | { kind: 'tcp'; port: number; timeoutSeconds?: number; initialDelaySeconds?: number }
  | { kind: 'cmd'; command: string; timeoutSeconds?: number; initialDelaySeconds?: number };

const URL_FORMS =
  'aliyun.probe.url must be http://container[:port]/path or tcp://container:port: HTTP and TCP protocols are supported, and the host is the word container, which will be resolved into a corresponding container IP address.';

/** Parses a probe URL: `http://container[:port][/path]` or `tcp://container:port`. */
export function parseProbeUrl(
  url: string,
): { kind: 'http'; port: number; path: string } | { kind: 'tcp'; port: number } | undefined {
  const match = /^(http|tcp):\/\/container(?::([^/]*))?(\/.*)?$/.exec(url.trim());
  if (!match) return undefined;
  const [, scheme, portText, path] = match;
  const port = portText === undefined ? undefined : portNumber(portText);
  if (portText !== undefined && port === undefined) return undefined;
  if (scheme === 'tcp') return port === undefined || path ? undefined : { kind: 'tcp', port };
  return { kind: 'http', port: port ?? 80, path: path ?? '/' };
}

/** Reads `aliyun.probe.*`: url or cmd (never both), timeout and initial delay in seconds. */
export function readProbe(labels: LabelSet, report: Reporter): Probe | undefined {
  const url = labels.get('aliyun.probe.url');
  const cmd = labels.get('aliyun.probe.cmd');
  const seconds = (key: string) =>
    labelInteger(labels.get(key), report, {
      code: 'probe-seconds',
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      message: `\`${key}\` is a number of seconds, such as "10".`,
    });
  const timeoutSeconds = seconds('aliyun.probe.timeout_seconds');
  const initialDelaySeconds = seconds('aliyun.probe.initial_delay_seconds');
  const timing = {
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
    ...(initialDelaySeconds === undefined ? {} : { initialDelaySeconds }),
  };
  if (url && cmd) {
    const later = labels.entries.indexOf(url) > labels.entries.indexOf(cmd) ? url : cmd;
    report.error(
      'probe-exclusive',
      'One service can only contain either aliyun.probe.url or aliyun.probe.cmd.',
      later.keyAt,
    );
    return undefined;
  }
  if (!url && !cmd) {
    for (const other of labels.withPrefix('aliyun.probe.'))
      report.warning(
        'probe-ignored',
        `\`${other.key}\` is ignored: if aliyun.probe.url or aliyun.probe.cmd is not included in the service, by default, the status of the container is healthy, and other aliyun.probe.xxx labels will be ignored.`,
        other.keyAt,
      );
    return undefined;
  }
  if (cmd) {
    if (cmd.unresolved) return undefined;
    if (cmd.value.trim() === '') {
      report.error(
        'probe-cmd',
        'aliyun.probe.cmd is the shell command executed in the container, such as /check.sh.',
        cmd.valueAt,
      );
      return undefined;
    }
    return { kind: 'cmd', command: cmd.value.trim(), ...timing };
  }
  if (!url || url.unresolved) return undefined;
  const parsed = parseProbeUrl(url.value);
  if (!parsed) {
    report.error('probe-url', URL_FORMS, url.valueAt);
    return undefined;
  }
  return { ...parsed, ...timing };
}
