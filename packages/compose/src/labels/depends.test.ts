import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../analyze.ts';
import { findings, firstService, withCode, yaml } from '../../testing/analysis.ts';
import { dependsChain } from '../../testing/pathological.ts';

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

  it('walks a chain of thousands of services without running out of stack', () => {
    const analysis = analyzeTemplate(dependsChain(5000));
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.services.map((s) => s.dependsOn.length)).toEqual([...Array<number>(4999).fill(1), 0]);
  });

  it('reports a cycle closing a long chain once, with its path (shortened in the middle)', () => {
    const source = dependsChain(5000).replace('  s4999:\n    image: nginx\n', '$&    depends_on: [s0]\n');
    const [cycle, ...others] = withCode(source, 'depends-cycle');
    expect(others).toEqual([]);
    expect(cycle?.message).toBe(
      'Service dependencies must not form a cycle (they are a DAG): s0 → s1 → s2 → s3 → s4 → s5 → … 4988 more … → s4994 → s4995 → s4996 → s4997 → s4998 → s4999 → s0.',
    );
    expect(cycle?.path).toEqual(['services', 's4999', 'depends_on', 0]);
  });
});
