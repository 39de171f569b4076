import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';
import { chunks } from './container-store.ts';

/** The weight the operator gave a routed service, and the step that gave it. */
export interface ServiceWeight {
  serviceId: string;
  weight: number;
  /** The weight before the last change; null for the first one. */
  previousWeight: number | null;
  /** The last change moved another service's weight in the same step. */
  paired: boolean;
  changedAt: string;
}

export interface WeightChange {
  serviceId: string;
  applicationId: string;
  weight: number;
  previousWeight: number | null;
  paired: boolean;
}

/** Service weights (Set Service Weight, and 0 for a blue-green release's new version). */
export class ServiceWeightStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async of(serviceIds: readonly string[]): Promise<Map<string, ServiceWeight>> {
    const found = new Map<string, ServiceWeight>();
    for (const part of chunks(serviceIds)) {
      const rows = await this.db.selectFrom('service_weights').selectAll().where('service_id', 'in', part).execute();
      for (const r of rows)
        found.set(r.service_id, {
          serviceId: r.service_id,
          weight: r.weight,
          previousWeight: r.previous_weight,
          paired: r.paired === 1,
          changedAt: r.changed_at,
        });
    }
    return found;
  }

  async setIn(trx: Transaction<Schema>, changes: readonly WeightChange[], at: string): Promise<void> {
    for (const change of changes) {
      const row = {
        weight: change.weight,
        previous_weight: change.previousWeight,
        paired: change.paired ? 1 : 0,
        changed_at: at,
      };
      await trx
        .insertInto('service_weights')
        .values({ kind: 'service', service_id: change.serviceId, application_id: change.applicationId, ...row })
        .onConflict((oc) => oc.column('service_id').doUpdateSet(row))
        .execute();
    }
  }
}
