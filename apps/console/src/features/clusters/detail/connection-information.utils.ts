/** Characters a shell reads as themselves in a word (cluster names by the guide's rule are all of these). */
const PLAIN_WORD = /^[\p{Script=Han}\w.:/@%+=,-]+$/u;

/** The text as one shell word: as it is when nothing in it is special, else single-quoted. */
export function shellWord(text: string): string {
  return PLAIN_WORD.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The guide's recommended certificate directory, `~/acs/certs/ClusterName` (the tilde left unquoted). */
export function certDirectory(clusterName: string): string {
  return `~/acs/certs/${shellWord(clusterName)}`;
}

/**
 * The Docker CLI with the certificate as flags. A space, not `=`, before each path: a shell
 * expands `~` at the start of a word, never after `--tlscacert=`, and docker does not expand it.
 */
export function dockerCliCommand(clusterName: string, endpoint: string): string {
  const dir = certDirectory(clusterName);
  return [
    'docker --tlsverify',
    `  --tlscacert ${dir}/ca.pem`,
    `  --tlscert ${dir}/cert.pem`,
    `  --tlskey ${dir}/key.pem`,
    `  -H ${shellWord(endpoint)} info`,
  ].join(' \\\n');
}

/** The same connection through the environment, then the docker CLI and docker-compose. */
export function dockerEnvironmentCommands(clusterName: string, endpoint: string): string {
  return [
    `export DOCKER_HOST=${shellWord(endpoint)} \\\n  DOCKER_TLS_VERIFY=1 \\\n  DOCKER_CERT_PATH=${certDirectory(clusterName)}`,
    'docker ps',
    'docker-compose -p myapp -f docker-compose.yml up -d',
  ].join('\n');
}

/** docker-compose 1.x (python-requests) lets these override the cluster CA, so they are removed for it. */
export const COMPOSE_WITHOUT_CA_OVERRIDES =
  'env -u REQUESTS_CA_BUNDLE -u CURL_CA_BUNDLE docker-compose -p myapp -f docker-compose.yml up -d';
