import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  InputError,
  NotFoundError,
  VOLUME_DRIVER_PARAMETERS_NOTE,
  VOLUME_IN_USE_MESSAGE,
  driverTakesParameters,
  findRegion,
  ossEndpoint,
  ossfsMountPoint,
  volumePrerequisiteProblem,
} from '@cs/domain';
import type { Cluster, DataVolume, NewEvent, OssfsVolumeSpec } from '@cs/domain';
import type { OssfsVolumeDto, VolumeList, VolumeListQuerySchema, VolumeCreateRequestSchema } from '@cs/contracts';
import type { z } from 'zod';
import type { Store } from '../../store/store.ts';
import type { BucketService } from './bucket-service.ts';
import { volumeRows } from './volume-rows.ts';
import { containersOf, servicesMounting } from './volume-users.ts';

type CreateRequest = z.output<typeof VolumeCreateRequestSchema>;

const regionName = (region: string) => findRegion(region)?.name ?? region;

/** The volume as View shows it: the Access Key Secret is kept, never answered. */
export function toOssfsVolumeDto(volume: DataVolume): OssfsVolumeDto {
  const { accessKeySecret: _secret, ...spec } = volume.spec;
  return {
    metadata: volume.metadata,
    spec: {
      ...spec,
      accessKeySecretSet: true,
      endpoint: ossEndpoint(spec.bucketRegion, spec.accessDomain),
      mountPoint: ossfsMountPoint(volume.metadata.name),
    },
    status: volume.status,
  };
}

function volumeEvent(clusterId: string, id: string, reason: string, message: string): NewEvent {
  return { clusterId, resourceKind: 'volume', resourceId: id, level: 'Info', reason, message };
}

/** Data volumes: OSSFS volumes made in the console, and the local volumes containers create. */
export class VolumeService {
  constructor(
    private readonly store: Store,
    private readonly buckets: BucketService,
    private readonly now: () => number,
  ) {}

  private async cluster(clusterId: string): Promise<Cluster> {
    const cluster = await this.store.resources.find<Cluster>('cluster', clusterId);
    if (!cluster || cluster.status.phase === 'Deleted')
      throw new InputError([{ field: 'clusterId', message: 'Select a cluster of this account.' }]);
    return cluster;
  }

  async list(query: z.output<typeof VolumeListQuerySchema>): Promise<VolumeList> {
    const cluster = await this.cluster(query.clusterId);
    return volumeRows(this.store, cluster.metadata.id, query);
  }

  async get(id: string): Promise<OssfsVolumeDto> {
    return toOssfsVolumeDto(await this.store.resources.get<DataVolume>('volume', id));
  }

  /** Create Data Volume (OSS): one name, created on every node of the cluster. */
  async create(input: CreateRequest): Promise<OssfsVolumeDto> {
    const cluster = await this.cluster(input.clusterId);
    if (cluster.status.phase === 'Deleting' || cluster.status.phase === 'DeleteFailed')
      throw new ConflictError(`Cluster ${cluster.metadata.name} is ${cluster.status.phase}.`);
    const problem = volumePrerequisiteProblem(cluster.status);
    if (problem) throw new ConflictError(problem);
    if (
      (input.allowOther || input.noxattr || input.otherParameters.length > 0) &&
      !driverTakesParameters(cluster.status)
    )
      throw new ConflictError(VOLUME_DRIVER_PARAMETERS_NOTE, [
        { field: 'otherParameters', message: VOLUME_DRIVER_PARAMETERS_NOTE },
      ]);
    const bucket = await this.buckets.find(input.bucket);
    if (!bucket)
      throw new InputError([
        { field: 'bucket', message: `Bucket ${input.bucket} does not exist: select a bucket of this account.` },
      ]);
    const region = cluster.spec.region;
    if (bucket.spec.region !== region && input.accessDomain !== 'internet')
      throw new InputError([
        {
          field: 'accessDomain',
          message: `Bucket ${input.bucket} is in ${regionName(bucket.spec.region)}, not in the cluster's region ${regionName(region)}: select the Internet domain name.`,
        },
      ]);
    const users = await servicesMounting(this.store, cluster.metadata.id);
    if (users.some((u) => u.mounts.some((m) => m.driver === 'local' && m.name === input.name)))
      throw new ConflictError(
        `A local data volume named ${input.name} is in use in cluster ${cluster.metadata.name}: choose another name.`,
        [{ field: 'name', message: 'A local data volume of the cluster has this name.' }],
      );
    const spec: OssfsVolumeSpec = {
      clusterId: cluster.metadata.id,
      type: 'oss',
      bucket: bucket.metadata.name,
      bucketRegion: bucket.spec.region,
      accessKeyId: input.accessKeyId,
      accessKeySecret: input.accessKeySecret,
      accessDomain: input.accessDomain,
      fileCaching: input.fileCaching,
      allowOther: input.allowOther,
      noxattr: input.noxattr,
      otherParameters: input.otherParameters,
    };
    const at = new Date(this.now()).toISOString();
    const id = `v${randomBytes(12).toString('hex')}`;
    const created = await this.store.resources.create<OssfsVolumeSpec, DataVolume['status']>(
      'volume',
      {
        id,
        name: input.name,
        scope: cluster.metadata.id,
        clusterId: cluster.metadata.id,
        spec,
        status: { phase: 'Available', phaseSince: at, observedGeneration: 1, conditions: [] },
      },
      {
        nameTaken: `A data volume named ${input.name} already exists in cluster ${cluster.metadata.name}: the name must be unique within the cluster.`,
        events: [
          volumeEvent(
            cluster.metadata.id,
            id,
            'VolumeCreated',
            `Create OSSFS data volume ${input.name} (bucket ${bucket.metadata.name}) on every node succeeded.`,
          ),
        ],
      },
    );
    return toOssfsVolumeDto(created);
  }

  /**
   * Delete All Volumes with the Same Name: the OSSFS volume on every node, or a local volume on
   * each node; refused while any container of the cluster mounts the name.
   */
  async deleteNamed(clusterId: string, name: string): Promise<void> {
    const cluster = await this.cluster(clusterId);
    const users = (await servicesMounting(this.store, cluster.metadata.id)).filter((u) =>
      u.mounts.some((m) => m.name === name),
    );
    const using =
      users.length === 0
        ? []
        : await containersOf(
            this.store,
            cluster.metadata.id,
            users.map((u) => u.service.metadata.id),
            { limit: 3 },
          );
    if (using.length > 0)
      throw new ConflictError(`${VOLUME_IN_USE_MESSAGE} (${name} is used by ${using.map((c) => c.name).join(', ')}.)`);
    const volume = (await this.store.resources.listInScope<DataVolume>('volume', cluster.metadata.id)).find(
      (v) => v.metadata.name === name,
    );
    if (!volume) throw new NotFoundError('data volume', name);
    await this.store.resources.applyChanges({
      removes: [{ kind: 'volume', id: volume.metadata.id, expectedVersion: volume.metadata.resourceVersion }],
      events: [
        volumeEvent(
          cluster.metadata.id,
          volume.metadata.id,
          'VolumeDeleted',
          `Delete data volume ${name} on every node succeeded.`,
        ),
      ],
    });
  }
}
