import type { Requester } from './client.ts';
import { ClusterSchema } from './clusters.ts';
import {
  NodeScalingAlarmRuleListSchema,
  NodeScalingPrerequisitesSchema,
  NodeScalingRuleAnswerSchema,
  NodeScalingRuleSchema,
  RamServiceSchema,
  RdsInstanceListSchema,
} from './node-scaling.ts';
import type { NodeScalingRuleRequest } from './node-scaling.ts';

const clusterPath = (id: string) => `/clusters/${encodeURIComponent(id)}`;
const rulePath = (id: string) => `${clusterPath(id)}/node-scaling-rule`;

/** The client's methods for node auto scaling, RAM authorization and the RDS instances. */
export function nodeScalingMethods(request: Requester) {
  return {
    getNodeScalingRule: (clusterId: string, signal?: AbortSignal) =>
      request('GET', rulePath(clusterId), { schema: NodeScalingRuleAnswerSchema, signal }),
    createNodeScalingRule: (clusterId: string, body: NodeScalingRuleRequest) =>
      request('POST', rulePath(clusterId), { body, schema: NodeScalingRuleSchema }),
    /** Refused (409) when `resourceVersion` is not the stored one. */
    updateNodeScalingRule: (clusterId: string, rule: NodeScalingRuleRequest, resourceVersion: number) =>
      request('PUT', rulePath(clusterId), { body: { rule, resourceVersion }, schema: NodeScalingRuleSchema }),
    deleteNodeScalingRule: (clusterId: string) => request('DELETE', rulePath(clusterId)),
    getNodeScalingPrerequisites: (clusterId: string, signal?: AbortSignal) =>
      request('GET', `${clusterPath(clusterId)}/node-scaling-prerequisites`, {
        schema: NodeScalingPrerequisitesSchema,
        signal,
      }),
    listNodeScalingAlarmRules: (clusterId: string, signal?: AbortSignal) =>
      request('GET', `${clusterPath(clusterId)}/node-scaling-alarm-rules`, {
        schema: NodeScalingAlarmRuleListSchema,
        signal,
      }),
    toggleNodeScalingAlarmRule: (
      clusterId: string,
      direction: 'expand' | 'contract',
      enabled: boolean,
      resourceVersion: number,
    ) =>
      request('PUT', `${clusterPath(clusterId)}/node-scaling-alarm-rules/${direction}`, {
        body: { enabled, resourceVersion },
        schema: NodeScalingAlarmRuleListSchema,
      }),
    updateRamAuthorization: (clusterId: string) =>
      request('POST', `${clusterPath(clusterId)}/update-ram-authorization`, { body: {}, schema: ClusterSchema }),
    getRamService: (signal?: AbortSignal) =>
      request('GET', '/simulation/ram-service', { schema: RamServiceSchema, signal }),
    setRamService: (activated: boolean) =>
      request('PUT', '/simulation/ram-service', { body: { activated }, schema: RamServiceSchema }),
    listRdsInstances: (region: string, signal?: AbortSignal) =>
      request('GET', '/rds-instances', { query: { region }, schema: RdsInstanceListSchema, signal }),
  };
}
