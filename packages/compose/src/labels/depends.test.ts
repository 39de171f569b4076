import { describe, expect, it } from 'vitest';
import { findings, firstService, yaml } from '../../testing/analysis.ts';

describe('aliyun.depends and depends_on', () => {
  it('reads comma-separated dependencies on existing services', () => {
    const source = yaml(
      'lb:',
      '  image: proxy',
      '  labels:',
      '    aliyun.depends: redis-master,redis-slave',
      'redis-master:',
      '  image: redis',
      'redis-slave:',
      '  image: redis',
    );
    expect(findings(source)).toEqual([]);
    expect(firstService(source).dependsOn).toEqual(['redis-master', 'redis-slave']);
  });

  it('reports a dependency on a service the template does not have', () => {
    const source = yaml('web:', '  image: wordpress', '  labels:', '    aliyun.depends: db');
    expect(findings(source)).toEqual(['error depends-unknown-service 4:21-4:23']);
  });

  it('reports a cycle (the dependencies are a DAG), once', () => {
    const source = yaml(
      'a:',
      '  image: x',
      '  labels: {aliyun.depends: b}',
      'b:',
      '  image: x',
      '  labels: {aliyun.depends: c}',
      'c:',
      '  image: x',
      '  labels: {aliyun.depends: a}',
    );
    expect(findings(source)).toEqual(['error depends-cycle 9:28-9:29']);
  });

  it('reports a service depending on itself', () => {
    expect(findings(yaml('a:', '  image: x', '  labels: {aliyun.depends: a}'))).toEqual([
      'error depends-cycle 3:28-3:29',
    ]);
  });

  it('checks depends_on (version 2) in the same graph', () => {
    const source = yaml(
      "version: '2'",
      'services:',
      '  a:',
      '    image: x',
      '    depends_on: [b]',
      '  b:',
      '    image: x',
      '    labels: {aliyun.depends: a}',
    );
    expect(findings(source)).toEqual(['error depends-cycle 8:30-8:31']);
  });

  it('reports an empty name between commas', () => {
    const source = yaml(
      'a:',
      '  image: x',
      '  labels: {aliyun.depends: "b,,c"}',
      'b:',
      '  image: x',
      'c:',
      '  image: x',
    );
    expect(findings(source)).toEqual(['error depends-format 3:28-3:34']);
  });
});
