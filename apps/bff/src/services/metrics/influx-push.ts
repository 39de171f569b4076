import type { Logger } from '../../logging/logger.ts';
import type { Store } from '../../store/store.ts';
import { influxLines } from './influx-format.ts';
import { INFLUXDB_ADDON, monitoringIntegrations, parseAddonAddress } from './integrations.ts';
import type { MetricsService } from './metrics-service.ts';
import { metricsSnapshot } from './metrics-snapshot.ts';

/** The monitoring agent writes once a minute, to the database the guide's screenshot shows. */
export const PUSH_EVERY_MS = 60_000;
const DATABASE = 'telegraf';
const TIMEOUT_MS = 5_000;

/**
 * The InfluxDB addon honoured: every minute, each cluster whose applications declare
 * `aliyun.monitoring.addon.influxdb: http:HOST:PORT` gets its containers' current values written
 * there in line protocol. An address that does not answer is logged and tried again next minute.
 */
export class InfluxPusher {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly metrics: MetricsService,
    private readonly now: () => number,
    private readonly logger: Logger,
    /** Only the replica running the simulator pushes, so a cluster is written once. */
    private readonly leading: () => boolean,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.leading()) void this.pushOnce();
    }, PUSH_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Pushes every declared address once; resolves with how many writes were accepted. */
  async pushOnce(): Promise<number> {
    let accepted = 0;
    for (const clusterId of await this.declaringClusters()) {
      const targets = (await monitoringIntegrations(this.store, clusterId)).filter(
        (i) => i.kind === 'influxdb' && i.problem === null,
      );
      if (targets.length === 0) continue;
      const body = influxLines(await metricsSnapshot(this.store, this.metrics, clusterId, this.now()));
      for (const address of new Set(targets.map((t) => t.address.trim()))) {
        const parsed = parseAddonAddress(address);
        if (typeof parsed === 'string') continue;
        const url = `${parsed.schema}://${parsed.host}:${parsed.port}/write?db=${DATABASE}`;
        try {
          const res = await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(TIMEOUT_MS) });
          if (res.ok) accepted++;
          else this.logger.warn('influxdb addon refused the write', { clusterId, address, status: res.status });
        } catch (error) {
          this.logger.warn('influxdb addon unreachable', { clusterId, address, error: String(error) });
        }
      }
    }
    return accepted;
  }

  /** Clusters with a service declaring the addon: found in SQL without reading every service. */
  private async declaringClusters(): Promise<string[]> {
    const rows = await this.store.database.db
      .selectFrom('resources')
      .select('cluster_id')
      .distinct()
      .where('kind', '=', 'service')
      .where('spec', 'like', `%${INFLUXDB_ADDON}%`)
      .execute();
    return rows.flatMap((r) => (r.cluster_id ? [r.cluster_id] : []));
  }
}
