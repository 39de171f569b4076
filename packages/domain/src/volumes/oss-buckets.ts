import type { Resource, ResourceStatus } from '../resource.ts';

/** A bucket of the simulated OSS (what Select Bucket offers). */
export interface OssBucketSpec {
  region: string;
}
export type OssBucket = Resource<OssBucketSpec, ResourceStatus<'Available'>>;

/** All buckets share one scope: OSS bucket names are unique across regions. */
export const OSS_BUCKET_SCOPE = 'oss';

/** OSS allows an account 100 buckets. */
export const MAX_OSS_BUCKETS = 100;

export const BUCKET_NAME_RULE =
  'The bucket name is 3 to 63 characters: lowercase letters, digits and hyphens (-), starting and ending with a letter or digit.';
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function isValidBucketName(name: string): boolean {
  return BUCKET_NAME.test(name);
}

/** The account's buckets before anyone creates one: the guide's `volumetest` in Hangzhou, and a few per region. */
export const SEEDED_OSS_BUCKETS: readonly { name: string; region: string }[] = [
  { name: 'volumetest', region: 'cn-hangzhou' },
  { name: 'shared-config-hz', region: 'cn-hangzhou' },
  { name: 'attachments-hz', region: 'cn-hangzhou' },
  { name: 'shared-config-sh', region: 'cn-shanghai' },
  { name: 'attachments-sh', region: 'cn-shanghai' },
  { name: 'shared-config-qd', region: 'cn-qingdao' },
  { name: 'shared-config-bj', region: 'cn-beijing' },
  { name: 'attachments-bj', region: 'cn-beijing' },
  { name: 'shared-config-sz', region: 'cn-shenzhen' },
  { name: 'shared-config-hk', region: 'cn-hongkong' },
  { name: 'shared-config-sg', region: 'ap-southeast-1' },
  { name: 'shared-config-us', region: 'us-west-1' },
];
