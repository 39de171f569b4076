import type { Resource, ResourceStatus } from '../resource.ts';

/** The volume driver of OSSFS data volumes (`volume_driver: ossfs`, a top-level `driver: ossfs`). */
export const OSSFS_DRIVER = 'ossfs';

/** Access Domain Name: Intranet when the bucket shares the ECS instances' region, else Internet; or VPC. */
export const ACCESS_DOMAINS = ['intranet', 'internet', 'vpc'] as const;
export type AccessDomain = (typeof ACCESS_DOMAINS)[number];

/** An OSSFS data volume as the operator asked for it; created on every node of its cluster under one name. */
export interface OssfsVolumeSpec {
  clusterId: string;
  type: 'oss';
  bucket: string;
  /** The bucket's region, kept so the access domain's endpoint needs no catalogue look-up. */
  bucketRegion: string;
  accessKeyId: string;
  /** Write-only: kept for the simulated ossfs mount, never answered by the API. */
  accessKeySecret: string;
  accessDomain: AccessDomain;
  fileCaching: boolean;
  allowOther: boolean;
  noxattr: boolean;
  /** Other Parameters, normalised to `-o key[=value]` items. */
  otherParameters: string[];
}

export type DataVolume = Resource<OssfsVolumeSpec, ResourceStatus<'Available'>>;

/** Docker's rule for volume names (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`), bounded. */
export const VOLUME_NAME_RULE =
  'The name is 2 to 64 characters: letters, digits, underscores (_), periods (.) and hyphens (-), starting with a letter or digit.';
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$/;

export function isValidVolumeName(name: string): boolean {
  return VOLUME_NAME.test(name);
}

/** Where the volume driver mounts an OSSFS data volume on each node. */
export function ossfsMountPoint(name: string): string {
  return `/mnt/acs_mnt/ossfs/${name}`;
}

/** Where Docker keeps a local named volume on its node. */
export function localMountPoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/** The OSS endpoint the volume's bucket is reached at through the chosen access domain. */
export function ossEndpoint(region: string, domain: AccessDomain): string {
  if (domain === 'intranet') return `oss-${region}-internal.aliyuncs.com`;
  if (domain === 'vpc') return `vpc100-oss-${region}.aliyuncs.com`;
  return `oss-${region}.aliyuncs.com`;
}

/** The guide's note on Delete All Volumes with the Same Name. */
export const VOLUME_IN_USE_MESSAGE =
  'You cannot delete a data volume when it is referenced by a container. To delete the data volume, you need to first delete the container.';

/** The guide's note under Other Parameters, for a driver that is too old for them. */
export const VOLUME_DRIVER_PARAMETERS_NOTE =
  "Only clusters with volume driver version 0.7 or above support these parameters. You can go to the application list, find the acsvolumedriver application, and view the volumedriver service's image version in the service list on the application details page. If the image version is lower than 0.7, please upgrade the volumedriver.";

/** The text a volume's Volume Parameters column shows. */
export function volumeParametersText(spec: OssfsVolumeSpec): string {
  const options = [
    ...(spec.allowOther ? ['-o allow_other'] : []),
    ...(spec.noxattr ? ['-o noxattr'] : []),
    ...spec.otherParameters,
  ];
  return [`bucket=${spec.bucket}`, `url=${ossEndpoint(spec.bucketRegion, spec.accessDomain)}`, ...options].join(' ');
}
