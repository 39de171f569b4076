import type { ProxiedService } from './discovery.ts';
import type { ProxyEnvironment } from './environment.ts';
import { PROXY_LIMITS } from './limits.ts';
import { rooted } from './paths.ts';
import type { Warn } from './text.ts';
import type { ProxyFile } from './types.ts';

/** SSL termination: the `bind` words that enable it, and the pem files they read. */
export interface TlsSetup {
  /** `ssl crt /certs/ [ca-file … verify required]`, or undefined when no certificate is set. */
  bind?: string;
  files: ProxyFile[];
}

/**
 * The certificates as acs/proxy stores them: DEFAULT_SSL_CERT (the proxy's, else one service's) as
 * /certs/cert0.pem, the default when no SNI matches; EXTRA_SSL_CERTS and the services' SSL_CERT as
 * cert1.pem, cert2.pem, …; CA_CERT as /cacerts/cert0.pem. CERT_FOLDER replaces them all.
 */
export function tlsSetup(
  env: ProxyEnvironment,
  services: readonly ProxiedService[],
  root: string | undefined,
  warn: Warn,
): TlsSetup {
  const files: ProxyFile[] = [];
  let bind: string | undefined;
  if (env.certFolder) bind = `ssl crt ${rooted(root, env.certFolder)}`;
  else {
    const defaults = [env.defaultSslCert, ...services.map((s) => s.settings.defaultSslCert)].filter(
      (pem): pem is string => pem !== undefined,
    );
    if (new Set(defaults).size > 1)
      warn('More than one DEFAULT_SSL_CERT is set: only one is stored as /certs/cert0.pem, the others are discarded.');
    const others = [...env.extraSslCerts, ...services.flatMap((s) => s.settings.sslCert ?? [])];
    const unique = [...new Set(others)].filter((pem) => pem !== defaults[0]);
    if (unique.length >= PROXY_LIMITS.certificates)
      warn(`More than ${PROXY_LIMITS.certificates} SSL certificates; the rest are left out.`);
    if (defaults[0]) files.push({ path: '/certs/cert0.pem', content: defaults[0] });
    unique
      .slice(0, PROXY_LIMITS.certificates - 1)
      .forEach((content, i) => files.push({ path: `/certs/cert${i + 1}.pem`, content }));
    if (files.length > 0) bind = `ssl crt ${rooted(root, '/certs/')}`;
  }
  const caFile = env.caCertFile ?? (env.caCert ? '/cacerts/cert0.pem' : undefined);
  if (caFile && !bind) warn('CA_CERT/CA_CERT_FILE needs an SSL certificate to verify clients with; ignored.');
  else if (caFile) {
    if (!env.caCertFile && env.caCert) files.push({ path: caFile, content: env.caCert });
    bind = `${bind} ca-file ${rooted(root, caFile)} verify required`;
  }
  return { ...(bind ? { bind } : {}), files };
}
