import { shellQuote } from './shell-quote.ts';

/** Where the instance reports back: the configured public URL and a checked token, nothing from the request. */
export const attachReportUrl = (publicUrl: string, token: string) => `${publicUrl}/api/v1/attach/${token}`;

/**
 * The command the console shows for Manually Add. `-f` makes curl fail on a refused token instead
 * of handing its error answer to bash; every value is shell-quoted.
 */
export function attachCommand(publicUrl: string, token: string, instanceId: string): string {
  const script = shellQuote(`${attachReportUrl(publicUrl, token)}/script`);
  return `curl -fsSL ${script} | bash -s -- --instance-id ${shellQuote(instanceId)}`;
}

/**
 * The script the manual attach command pipes to bash: it reports back with the same token. The
 * only value the server puts in is the report URL, single-quoted; the instance id comes from the
 * user's own command line and is checked before it is used.
 */
export function attachScript(publicUrl: string, token: string): string {
  return [
    '#!/usr/bin/env bash',
    '# Container Service: add this ECS instance to a cluster. Generated for one use.',
    'set -euo pipefail',
    `REPORT_URL=${shellQuote(attachReportUrl(publicUrl, token))}`,
    'INSTANCE_ID=""',
    'while [ $# -gt 0 ]; do',
    '  case "$1" in',
    '    --instance-id) INSTANCE_ID="${2-}"; shift $(( $# > 1 ? 2 : 1 )) ;;',
    '    *) shift ;;',
    '  esac',
    'done',
    'case "$INSTANCE_ID" in',
    "  '' | *[!A-Za-z0-9-]*) echo 'Usage: bash -s -- --instance-id <instance id> (letters, digits and hyphens)' >&2; exit 2 ;;",
    'esac',
    'echo "Kernel: Linux $(uname -r)"',
    'echo "Registering $INSTANCE_ID with the Container Service..."',
    'curl -sS --fail-with-body -X POST -H \'content-type: application/json\' -d "{\\"instanceId\\":\\"$INSTANCE_ID\\"}" "$REPORT_URL"',
    'echo',
    '',
  ].join('\n');
}
