import type { SystemService } from '../clusters.ts';

/** `0.9-093100b` → [0, 9]; undefined when the text is no version. */
function majorMinor(version: string): [number, number] | undefined {
  const match = /^(\d{1,4})\.(\d{1,4})/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Whether `version` is at least `major.minor`. */
export function versionAtLeast(version: string, major: number, minor: number): boolean {
  const parsed = majorMinor(version);
  return parsed !== undefined && (parsed[0] > major || (parsed[0] === major && parsed[1] >= minor));
}

/**
 * The guide's prerequisites of data volumes, or why the cluster misses them: the cluster Agent is
 * version 0.6 or higher, and the acsvolumedriver application is deployed.
 */
export function volumePrerequisiteProblem(status: {
  agentVersion: string;
  systemServices: Partial<Record<SystemService, string>>;
}): string | undefined {
  if (!versionAtLeast(status.agentVersion, 0, 6))
    return `The cluster Agent is version ${status.agentVersion || 'unknown'}: data volumes need Agent version 0.6 or higher. Upgrade the Agent (Cluster List > More > Upgrade Agent) first.`;
  if (!status.systemServices.acsvolumedriver)
    return 'The acsvolumedriver application must be deployed in the cluster: deploy it by upgrading the system services (Volume Service).';
  return undefined;
}

/** Optional and Other Parameters need volume driver 0.7 or above. */
export function driverTakesParameters(status: { systemServices: Partial<Record<SystemService, string>> }): boolean {
  return versionAtLeast(status.systemServices.acsvolumedriver ?? '', 0, 7);
}
