import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

/** One version of an application's template, as Update saved it: the history Rollback picks from. */
export interface ApplicationVersion {
  version: string;
  template: string;
  variables: Record<string, string>;
  createdAt: string;
}

/** Every version's template of each application (removed with the application). */
export class ApplicationVersionStore {
  constructor(private readonly db: Kysely<Schema>) {}

  /** Records a version inside the caller's transaction (the application's write). */
  async insertIn(
    trx: Transaction<Schema>,
    applicationId: string,
    version: Omit<ApplicationVersion, 'createdAt'>,
    at: string,
  ): Promise<void> {
    await trx
      .insertInto('application_versions')
      .values({
        kind: 'application',
        application_id: applicationId,
        version: version.version,
        template: version.template,
        variables: JSON.stringify(version.variables),
        created_at: at,
      })
      .execute();
  }

  /** A service's Change Configuration edits the current version's template in place. */
  async replaceTemplateIn(
    trx: Transaction<Schema>,
    applicationId: string,
    version: string,
    template: string,
  ): Promise<void> {
    await trx
      .updateTable('application_versions')
      .set({ template })
      .where('application_id', '=', applicationId)
      .where('version', '=', version)
      .execute();
  }

  /** Newest first. */
  async list(applicationId: string): Promise<ApplicationVersion[]> {
    const rows = await this.db
      .selectFrom('application_versions')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('created_at', 'desc')
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      template: r.template,
      variables: JSON.parse(r.variables) as Record<string, string>,
      createdAt: r.created_at,
    }));
  }

  async has(applicationId: string, version: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('application_versions')
      .select('version')
      .where('application_id', '=', applicationId)
      .where('version', '=', version)
      .executeTakeFirst();
    return row !== undefined;
  }
}
