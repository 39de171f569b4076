import type { Overview } from '@cs/contracts';
import type { ClusterPhase } from '@cs/domain';
import type { Store } from '../store/store.ts';

/** The Overview page's counts, from grouped queries; the default system applications are not the user's own. */
export async function getOverview(store: Store): Promise<Overview> {
  const [rows, containers] = await Promise.all([store.resources.countByKindAndPhase(), store.containers.userTotal()]);
  const total = (kind: string) =>
    rows.filter((r) => r.kind === kind && r.category !== 'system').reduce((sum, r) => sum + r.count, 0);
  const byPhase: Overview['clusters']['byPhase'] = {};
  for (const row of rows) if (row.kind === 'cluster') byPhase[row.phase as ClusterPhase] = row.count;
  return {
    clusters: { total: total('cluster'), byPhase },
    nodes: total('node'),
    applications: total('application'),
    services: total('service'),
    containers,
  };
}
