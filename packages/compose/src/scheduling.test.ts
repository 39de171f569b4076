import { describe, expect, it } from 'vitest';
import { findings, firstService, yaml } from '../testing/analysis.ts';

const env = (...entries: string[]) =>
  yaml('web:', '  image: nginx', '  environment:', ...entries.map((e) => `    - '${e}'`));

describe('constraint:', () => {
  it.each([
    ['constraint:aliyun.node_index==1', { key: 'aliyun.node_index', operator: '==', values: ['1'], hard: true }],
    ['constraint:aliyun.node_index!=1', { key: 'aliyun.node_index', operator: '!=', values: ['1'], hard: true }],
    [
      'constraint:aliyun.node_index==(1 2 3)',
      { key: 'aliyun.node_index', operator: '==', values: ['1', '2', '3'], hard: true },
    ],
    [
      'constraint:aliyun.node_index!=(1 2 3)',
      { key: 'aliyun.node_index', operator: '!=', values: ['1', '2', '3'], hard: true },
    ],
    ['constraint:group==1', { key: 'group', operator: '==', values: ['1'], hard: true }],
    ['constraint:group==~1', { key: 'group', operator: '==~', values: ['1'], hard: false }],
  ])('reads %s, as in the guide table', (expression, expected) => {
    const service = firstService(env(expression));
    expect(service.constraints).toEqual([{ ...expected, expression }]);
    expect(service.environment).toEqual({});
  });

  it.each([
    'constraint:aliyun.node_index=1',
    'constraint:aliyun.node_index==0',
    'constraint:aliyun.node_index==(1 a)',
    'constraint:==1',
    'constraint:group==()',
    'constraint:group==~',
  ])('reports %s', (expression) => {
    expect(findings(env(expression))).toEqual([`error constraint-format 4:7-4:${9 + expression.length}`]);
  });

  it('reads the mapping form of environment the same way', () => {
    const source = yaml(
      'web:',
      '  image: nginx',
      '  environment:',
      '    "constraint:aliyun.node_index": "=1"',
      '    PORT: 80',
    );
    const service = firstService(source);
    expect(service.constraints.map((c) => c.expression)).toEqual(['constraint:aliyun.node_index==1']);
    expect(service.environment).toEqual({ PORT: '80' });
  });
});

describe('affinity:', () => {
  it.each([
    ['affinity:service!=master', { kind: 'service', operator: '!=', value: 'master', hard: true }],
    ['affinity:image==~redis', { kind: 'image', operator: '==~', value: 'redis', hard: false }],
    ['affinity:service!=~redis', { kind: 'service', operator: '!=~', value: 'redis', hard: false }],
  ])('reads %s', (expression, expected) => {
    expect(firstService(env(expression)).affinities).toEqual([{ ...expected, expression }]);
  });

  it.each(['affinity:container==web', 'affinity:service=master', 'affinity:image==~', 'affinity:image=='])(
    'reports %s',
    (expression) => {
      expect(findings(env(expression))).toEqual([`error affinity-format 4:7-4:${9 + expression.length}`]);
    },
  );
});

describe('availability:', () => {
  it('reads hard and soft zone requirements', () => {
    expect(firstService(env('availability:az==2')).availability).toEqual({ zones: 2, hard: true });
    expect(firstService(env('availability:az==~3')).availability).toEqual({ zones: 3, hard: false });
  });

  it.each(['availability:az==0', 'availability:az!=2', 'availability:zone==2'])('reports %s', (expression) => {
    expect(findings(env(expression))).toEqual([`error availability-format 4:7-4:${9 + expression.length}`]);
  });
});

describe('container rescheduling', () => {
  it('is enabled by the environment variable', () => {
    expect(firstService(env('reschedule:on-node-failure')).reschedule).toBe('on-node-failure');
  });

  it('is enabled by the label', () => {
    const source = yaml(
      'redis:',
      '  image: redis',
      '  labels:',
      '    - com.docker.swarm.reschedule-policies=["on-node-failure"]',
    );
    expect(findings(source)).toEqual([]);
    expect(firstService(source).reschedule).toBe('on-node-failure');
  });

  it('reports other policies', () => {
    expect(findings(env('reschedule:always'))).toEqual(['error reschedule-format 4:7-4:26']);
    const label = yaml(
      'redis:',
      '  image: redis',
      '  labels:',
      '    - com.docker.swarm.reschedule-policies=on-node-failure',
    );
    expect(findings(label)).toEqual(['error reschedule-format 4:44-4:59']);
  });

  it('is disabled by default', () => {
    expect(firstService(yaml('redis:', '  image: redis')).reschedule).toBeUndefined();
  });
});
