import { describe, expect, it } from 'vitest';
import { findings, firstService, withLabels } from '../../testing/analysis.ts';

const P = 'aliyun.auto_scaling.';

describe('aliyun.auto_scaling.*', () => {
  it('reads CPU-based auto scaling with the defaults step 1, max 10 instances', () => {
    const source = withLabels([`${P}max_cpu: "70"`, `${P}min_cpu: "20"`]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.autoScaling).toEqual({
      step: 1,
      minInstances: 1,
      maxInstances: 10,
      cpu: { expansion: 70, contraction: 20 },
    });
  });

  it('reads memory-based auto scaling with step and instance bounds', () => {
    const source = withLabels([
      `${P}max_memory: "80%"`,
      `${P}min_memory: "30%"`,
      `${P}step: "5"`,
      `${P}min_instances: "2"`,
      `${P}max_instances: "8"`,
    ]);
    expect(findings(source)).toEqual([]);
    expect(firstService(source).aliyun.autoScaling).toEqual({
      step: 5,
      minInstances: 2,
      maxInstances: 8,
      memory: { expansion: 80, contraction: 30 },
    });
  });

  it('keeps the Expansion Condition within 50%~100% (boundaries 50 / 100 / 49 / 101)', () => {
    expect(findings(withLabels([`${P}max_cpu: "50"`]))).toEqual([]);
    expect(findings(withLabels([`${P}max_cpu: "100"`]))).toEqual([]);
    expect(findings(withLabels([`${P}max_cpu: "49"`]))).toEqual(['error auto-scaling-expansion 4:34-4:38']);
    expect(findings(withLabels([`${P}max_cpu: "101"`]))).toEqual(['error auto-scaling-expansion 4:34-4:39']);
  });

  it('keeps the Contraction Condition within 0%~50% (boundaries 0 / 50 / 51)', () => {
    expect(findings(withLabels([`${P}min_memory: "0"`]))).toEqual([]);
    expect(findings(withLabels([`${P}max_memory: "80"`, `${P}min_memory: "50"`]))).toEqual([]);
    expect(findings(withLabels([`${P}min_memory: "51"`]))).toEqual(['error auto-scaling-contraction 4:37-4:41']);
  });

  it('needs the Expansion Condition at least 30% above the Contraction Condition (boundary 30 / 29)', () => {
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}min_cpu: "40"`]))).toEqual([]);
    expect(findings(withLabels([`${P}max_cpu: "69"`, `${P}min_cpu: "40"`]))).toEqual([
      'error auto-scaling-gap 4:34-4:38',
    ]);
  });

  it('keeps the Step within 1~5 (boundaries 0 / 6)', () => {
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}step: "0"`]))).toEqual(['error auto-scaling-step 5:31-5:34']);
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}step: "6"`]))).toEqual(['error auto-scaling-step 5:31-5:34']);
  });

  it('needs the minimum number of containers not above the maximum', () => {
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}min_instances: "3"`, `${P}max_instances: "3"`]))).toEqual([]);
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}min_instances: "4"`, `${P}max_instances: "3"`]))).toEqual([
      'error auto-scaling-instances 5:40-5:43',
    ]);
    expect(findings(withLabels([`${P}max_cpu: "70"`, `${P}max_instances: "0"`]))).toEqual([
      'error auto-scaling-instances 5:40-5:43',
    ]);
  });

  it('warns when no metric is given', () => {
    expect(findings(withLabels([`${P}step: "2"`]))).toEqual(['warning auto-scaling-no-metric 4:5-4:29']);
  });
});
