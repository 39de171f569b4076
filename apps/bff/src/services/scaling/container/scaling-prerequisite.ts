import { ConflictError, LATEST_AGENT_VERSION } from '@cs/domain';
import type { Cluster, ServiceDefinition } from '@cs/domain';

/**
 * "To use the container auto scaling function, you need to first upgrade the cluster Agent to the
 * latest version": a template whose services scale themselves is refused on an older Agent.
 */
export function assertScalingAgent(
  cluster: Cluster,
  planned: readonly { name: string; definition: ServiceDefinition }[],
): void {
  const scaled = planned.filter((p) => p.definition.autoScaling);
  if (scaled.length === 0 || cluster.status.agentVersion === LATEST_AGENT_VERSION) return;
  throw new ConflictError(
    `Container auto scaling (service ${scaled.map((p) => p.name).join(', ')}) needs the latest Agent: cluster ${cluster.metadata.name} runs Agent ${cluster.status.agentVersion || 'unknown'}, the latest is ${LATEST_AGENT_VERSION}. To use the container auto scaling function, first upgrade the cluster Agent to the latest version (Cluster List > More > Upgrade Agent).`,
  );
}
