import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** A password that meets the guide's rules, for the demo account when none is given. */
function generatePassword(): string {
  return `Cs-${randomBytes(9).toString('base64url')}7`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await createServer(config);
  server.analysis.warm();
  const adminPassword = config.adminPassword ?? generatePassword();
  await server.auth.ensureAdmin(adminPassword);

  const http = server.app.listen(config.port, config.host);
  http.on('upgrade', server.handleUpgrade);
  await new Promise<void>((resolve, reject) => http.once('listening', resolve).once('error', reject));
  const { port } = http.address() as AddressInfo;
  const store = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  server.logger.info('listening', { port, store, simSpeed: config.simSpeed });
  process.stdout.write(
    [
      '',
      `  Container Service Console: http://localhost:${port}`,
      `  Sign in as admin with password ${config.adminPassword ? '(the ADMIN_PASSWORD you set)' : adminPassword}`,
      `  Store: ${store}; simulated time runs ${config.simSpeed}x`,
      '',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.logger.info('shutting down', { signal });
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    http.close();
    http.closeIdleConnections();
    void server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        server.logger.error('shutdown failed', { error });
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The console could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
