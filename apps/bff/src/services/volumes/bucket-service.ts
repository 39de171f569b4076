import { ConflictError, MAX_OSS_BUCKETS, OSS_BUCKET_SCOPE, SEEDED_OSS_BUCKETS, findRegion } from '@cs/domain';
import type { OssBucket } from '@cs/domain';
import type { OssBucketDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';

const toBucketDto = (b: OssBucket): OssBucketDto => ({
  name: b.metadata.name,
  region: b.spec.region,
  regionName: findRegion(b.spec.region)?.name ?? b.spec.region,
  createdAt: b.metadata.createdAt,
});

const nameTaken = (name: string) =>
  `A bucket named ${name} already exists: OSS bucket names are unique across regions.`;

/** The simulated OSS: the account's buckets, which Select Bucket offers and OSSFS volumes mount. */
export class BucketService {
  private seeding: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Stores the seeded buckets the first time any is asked for; harmless when another replica does it at once. */
  private seeded(): Promise<void> {
    this.seeding ??= (async () => {
      for (const { name, region } of SEEDED_OSS_BUCKETS) {
        if (await this.store.resources.find('oss-bucket', `oss-${name}`)) continue;
        await this.insert(name, region).catch((error: unknown) => {
          if (!(error instanceof ConflictError)) throw error;
        });
      }
    })().catch((error: unknown) => {
      this.seeding = undefined;
      throw error;
    });
    return this.seeding;
  }

  private insert(name: string, region: string): Promise<OssBucket> {
    const at = new Date(this.now()).toISOString();
    return this.store.resources.create(
      'oss-bucket',
      {
        id: `oss-${name}`,
        name,
        scope: OSS_BUCKET_SCOPE,
        spec: { region },
        status: { phase: 'Available' as const, phaseSince: at, observedGeneration: 1, conditions: [] },
      },
      {
        nameTaken: nameTaken(name),
        quota: { max: MAX_OSS_BUCKETS, message: `An account can own up to ${MAX_OSS_BUCKETS} buckets.` },
      },
    );
  }

  async list(region?: string): Promise<{ items: OssBucketDto[] }> {
    await this.seeded();
    const all = await this.store.resources.listInScope<OssBucket>('oss-bucket', OSS_BUCKET_SCOPE);
    const items = all.filter((b) => !region || b.spec.region === region).map(toBucketDto);
    return { items: items.sort((a, b) => a.name.localeCompare(b.name)) };
  }

  /** The bucket of that name, or undefined. */
  async find(name: string): Promise<OssBucket | undefined> {
    await this.seeded();
    return this.store.resources.find<OssBucket>('oss-bucket', `oss-${name}`);
  }

  /** Creates a bucket, as the OSS console would (the simulation's stand-in for it). */
  async create(input: { name: string; region: string }): Promise<OssBucketDto> {
    await this.seeded();
    return toBucketDto(await this.insert(input.name, input.region));
  }
}
