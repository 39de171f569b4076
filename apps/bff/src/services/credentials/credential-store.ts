import { X509Certificate } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Store } from '../../store/store.ts';
import { issueCredentials, serverCredentials } from './issue.ts';
import type { Credentials } from './issue.ts';

type Cluster = { id: string; name: string };

function covers(serverCert: string, hosts: readonly string[]): boolean {
  const cert = new X509Certificate(serverCert);
  return hosts.every((host) => (/^[\d.]+$|:/.test(host) ? cert.checkIP(host) : cert.checkHost(host)) !== undefined);
}

/**
 * Each cluster's credentials, issued the first time they are asked for (the certificate download
 * or the endpoint starting) and the same afterwards. Credentials from before the endpoint existed
 * lack its CA key and server certificate: they are issued again, so an old certFile.zip stops working.
 */
export class CredentialStore {
  private readonly issuing = new Map<string, Promise<Credentials>>();

  constructor(
    private readonly store: Store,
    /** The names the endpoint is reached at: its server certificate must name each. */
    private readonly hosts: readonly string[],
  ) {}

  forCluster(cluster: Cluster): Promise<Credentials> {
    let pending = this.issuing.get(cluster.id);
    if (!pending) {
      pending = this.readOrIssue(cluster).finally(() => this.issuing.delete(cluster.id));
      this.issuing.set(cluster.id, pending);
    }
    return pending;
  }

  async certFileZip(cluster: Cluster): Promise<Uint8Array> {
    const credentials = await this.forCluster(cluster);
    return zipSync({
      'ca.pem': strToU8(credentials.caCert),
      'cert.pem': strToU8(credentials.clientCert),
      'key.pem': strToU8(credentials.clientKey),
    });
  }

  private async read(clusterId: string): Promise<Partial<Credentials> | undefined> {
    const row = await this.store.database.db
      .selectFrom('cluster_credentials')
      .selectAll()
      .where('cluster_id', '=', clusterId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      caCert: row.ca_cert,
      caKey: row.ca_key ?? undefined,
      clientCert: row.client_cert,
      clientKey: row.client_key,
      serverCert: row.server_cert ?? undefined,
      serverKey: row.server_key ?? undefined,
    };
  }

  private async readOrIssue(cluster: Cluster): Promise<Credentials> {
    const db = this.store.database.db;
    const stored = await this.read(cluster.id);
    if (stored?.caKey && stored.serverCert && stored.serverKey) {
      const complete = stored as Credentials;
      if (covers(complete.serverCert, this.hosts)) return complete;
      const server = await serverCredentials({ cert: complete.caCert, key: complete.caKey }, this.hosts);
      await db
        .updateTable('cluster_credentials')
        .set({ server_cert: server.serverCert, server_key: server.serverKey })
        .where('cluster_id', '=', cluster.id)
        .execute();
      return { ...complete, ...server };
    }
    const issued = await issueCredentials(cluster, this.hosts);
    const columns = {
      ca_cert: issued.caCert,
      ca_key: issued.caKey,
      client_cert: issued.clientCert,
      client_key: issued.clientKey,
      server_cert: issued.serverCert,
      server_key: issued.serverKey,
    };
    if (stored) {
      await db.updateTable('cluster_credentials').set(columns).where('cluster_id', '=', cluster.id).execute();
    } else {
      await db
        .insertInto('cluster_credentials')
        .values({ kind: 'cluster', cluster_id: cluster.id, created_at: new Date().toISOString(), ...columns })
        .onConflict((oc) => oc.column('cluster_id').doNothing())
        .execute();
    }
    const written = await this.read(cluster.id);
    return written as Credentials;
  }
}
