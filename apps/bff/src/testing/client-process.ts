import { execFile, execFileSync } from 'node:child_process';

/** Whether a program is installed (on PATH). */
export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The real clients the guide names; `scripts/bootstrap.sh --with-browser` installs them for `npm test`. */
export const dockerClientsMissing = ['docker', 'docker-compose'].filter((c) => !onPath(c));

export interface ClientResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment as a user's shell in `home` would have it, with nothing of this machine's Docker
 * setup: HOME and DOCKER_CONFIG in `home`, no DOCKER_* variables but the given ones, and without
 * REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE, which python-requests lets override docker-compose's CA.
 */
export function clientEnv(home: string, docker: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH'])
    delete env[name];
  return { ...env, HOME: home, DOCKER_CONFIG: `${home}/.docker`, ...docker };
}

/** Runs a client to its end (or the timeout), never throwing: the test asserts on what it printed. */
export function runClient(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
  timeoutMs = 90_000,
): Promise<ClientResult> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
