/** The Engine API version each Docker release speaks, by version prefix (Docker's release notes). */
const API_VERSIONS: readonly [prefix: string, api: string][] = [
  ['1.12', '1.24'],
  ['1.13.1', '1.26'],
  ['1.13', '1.25'],
  ['17.03.0', '1.26'],
  ['17.03', '1.27'],
  ['17.06', '1.30'],
  ['17.09', '1.32'],
  ['17.12', '1.35'],
  ['18.03', '1.37'],
  ['18.06', '1.38'],
  ['18.09', '1.39'],
];

/** The API version a cluster's endpoint answers with, from the Docker version of its nodes. */
export function apiVersionOf(dockerVersion: string): string {
  return API_VERSIONS.find(([prefix]) => dockerVersion.startsWith(prefix))?.[1] ?? '1.27';
}

/** The oldest API version Docker 17.x accepted. */
export const MIN_API_VERSION = '1.12';
