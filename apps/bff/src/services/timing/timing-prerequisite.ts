import type { TemplateAnalysis } from '@cs/compose';
import { ConflictError, LATEST_AGENT_VERSION } from '@cs/domain';
import type { Cluster } from '@cs/domain';

/**
 * The guide: "You can only use this function in case you updated your Agent since October 25th or
 * the cluster is newly created": here, the cluster runs the latest Agent.
 */
export function assertTimingAgent(cluster: Cluster, analysis: TemplateAnalysis): void {
  if (!analysis.job.schedule || cluster.status.agentVersion === LATEST_AGENT_VERSION) return;
  throw new ConflictError(
    `Timing tasks (aliyun.schedule) need the latest Agent: cluster ${cluster.metadata.name} runs Agent ${cluster.status.agentVersion || 'unknown'}, the latest is ${LATEST_AGENT_VERSION}. Upgrade the Agent (Cluster List > More > Upgrade Agent) first.`,
  );
}
