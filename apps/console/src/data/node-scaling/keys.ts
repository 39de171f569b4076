/**
 * Query keys of node auto scaling. They sit under the cluster's keys (`['clusters', …]`), which the
 * watch stream invalidates when a cluster, a node or a node scaling rule changes.
 */
export const nodeScalingKeys = {
  rule: (clusterId: string) => ['clusters', clusterId, 'node-scaling', 'rule'] as const,
  prerequisites: (clusterId: string) => ['clusters', clusterId, 'node-scaling', 'prerequisites'] as const,
  alarmRules: (clusterId: string) => ['clusters', clusterId, 'node-scaling', 'alarm-rules'] as const,
  all: (clusterId: string) => ['clusters', clusterId, 'node-scaling'] as const,
  rdsInstances: (region: string) => ['clusters', 'rds-instances', region] as const,
  ramService: () => ['clusters', 'ram-service'] as const,
};
