import { describe, expect, it } from 'vitest';
import { NodeScalingRuleRequestSchema } from '@cs/contracts';
import type { NodeScalingRuleDto } from '@cs/contracts';
import { makeCluster } from '../../../testing/factories.ts';
import { newRuleValues, nodeScalingRequest, ruleCells, ruleValues } from './node-scaling-form.utils.ts';

describe('the node scaling wizard values', () => {
  it('starts from the guide example and sends only the metrics switched on', () => {
    const values = newRuleValues(makeCluster());
    const request = nodeScalingRequest(values);
    expect(request.bounds).toEqual({ cpu: { expansion: 70, contraction: 10 } });
    expect(request.rdsInstanceIds).toEqual([]);
    expect(NodeScalingRuleRequestSchema.safeParse(request).success).toBe(true);
  });

  it('names the bad field as the API does', () => {
    const values = newRuleValues(makeCluster());
    const request = nodeScalingRequest({ ...values, bounds: { cpu: { expansion: 60, contraction: 40 } } });
    const result = NodeScalingRuleRequestSchema.safeParse(request);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['bounds.cpu.expansion']);
  });

  it('keeps the RDS instances only with the white list option', () => {
    const values = { ...newRuleValues(makeCluster()), rdsInstanceIds: ['rm-1'] };
    expect(nodeScalingRequest(values).rdsInstanceIds).toEqual([]);
    expect(nodeScalingRequest({ ...values, addToRdsWhitelist: true }).rdsInstanceIds).toEqual(['rm-1']);
  });

  it('shows a rule as the guide list does, and prefills Modify with it', () => {
    const rule = {
      spec: {
        clusterId: 'c1',
        policy: { bounds: { cpu: { expansion: 70, contraction: 10 } }, step: 1, contractionStep: 1, min: 2, max: 10 },
        instance: { zone: 'cn-hangzhou-b', instanceType: 'ecs.n1.small', operatingSystem: 'Ubuntu 16.04 64-bit' },
        rdsInstanceIds: [],
        alarms: { expand: { enabled: true }, contract: { enabled: true } },
      },
    } as unknown as NodeScalingRuleDto;
    expect(ruleCells(rule)).toEqual({
      metrics: 'CPU Utilization: Maximum: 70 % Minimum: 10 % Memory Utilization: Not set',
      step: 'Expansion Step 1',
      range: 'Min Number of Cluster Nodes: 2 Max Number of Cluster Nodes: 10',
      instanceType: '1-core, 2 GB ( ecs.n1.small )',
    });
    expect(nodeScalingRequest(ruleValues(rule))).toEqual({
      bounds: { cpu: { expansion: 70, contraction: 10 } },
      step: 1,
      min: 2,
      max: 10,
      instance: rule.spec.instance,
      rdsInstanceIds: [],
    });
  });
});
