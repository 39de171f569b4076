import { describe, expect, it } from 'vitest';
import { constraintMatches, imageReadings, refersToItself } from './expressions.ts';
import { affinity, constraint, makeNodes, makeRequest } from './testing/cluster.ts';

const nodes = makeNodes(5, (i) => (i <= 2 ? { tags: { group: '1' } } : i === 3 ? { tags: { group: '2' } } : {}));

describe('constraintMatches', () => {
  it.each([
    ['constraint:aliyun.node_index==1', [1]],
    ['constraint:aliyun.node_index!=1', [2, 3, 4, 5]],
    ['constraint:aliyun.node_index==(1 2 3)', [1, 2, 3]],
    ['constraint:aliyun.node_index!=(1 2 3)', [4, 5]],
    ['constraint:group==1', [1, 2]],
    ['constraint:group!=1', [3, 4, 5]],
    ['constraint:group==(1 2)', [1, 2, 3]],
    ['constraint:group==~1', [1, 2]],
    ['constraint:group!=~1', [3, 4, 5]],
    ['constraint:rack==a', []],
    ['constraint:rack!=a', [1, 2, 3, 4, 5]],
  ])('%s admits nodes %j', (expression, indexes) => {
    const matched = nodes.filter((n) => constraintMatches(constraint(expression), n)).map((n) => n.index);
    expect(matched).toEqual(indexes);
  });

  it('reads a tag literally: a tag named like a prototype key does not match', () => {
    expect(constraintMatches(constraint('constraint:toString==1'), nodes[0]!)).toBe(false);
  });
});

describe('imageReadings: what affinity:image matches', () => {
  it.each([
    ['redis', 'redis:3', true],
    ['redis', 'registry.aliyuncs.com/acs-sample/redis:3.0', true],
    ['redis', 'redis', true],
    ['redis:3.0', 'registry.aliyuncs.com/acs-sample/redis:3.0', true],
    ['registry.aliyuncs.com/acs-sample/redis', 'registry.aliyuncs.com/acs-sample/redis:3.0', true],
    ['redis:latest', 'redis', true],
    ['redis', 'localhost:5000/redis', true],
    ['redis', 'redis@sha256:abc', true],
    ['redis:3', 'redis:3.0', false],
    ['acs-sample/redis', 'registry.aliyuncs.com/acs-sample/redis:3.0', false],
    ['redis', 'redis-cluster:1', false],
    ['mysql', 'registry.aliyuncs.com/acs-sample/redis:3.0', false],
  ])('%s matches %s: %s', (value, image, expected) => {
    expect(imageReadings(image).includes(value)).toBe(expected);
  });
});

describe('refersToItself', () => {
  const web = makeRequest([], { service: 'web', image: 'registry.aliyuncs.com/acs-sample/nginx:1.9' });
  it.each([
    ['affinity:service!=web', true],
    ['affinity:service!=db', false],
    ['affinity:image!=nginx', true],
    ['affinity:image!=redis', false],
  ])('%s in service web (nginx): %s', (expression, expected) => {
    expect(refersToItself(affinity(expression), web)).toBe(expected);
  });
});
