import { describe, expect, it } from 'vitest';
import { Reporter } from '../diagnostics.ts';
import { parseTree } from '../tree.ts';
import { yaml, findings } from '../../testing/analysis.ts';
import { readLabels } from './parse.ts';

function labelsOf(source: string) {
  const root = parseTree(source).root;
  const node = root?.kind === 'map' ? root.entries[0]?.value : undefined;
  return readLabels(node, new Reporter());
}

describe('readLabels', () => {
  it('reads a mapping, with numbers and booleans as text', () => {
    const labels = labelsOf(yaml('labels:', '  aliyun.scale: 3', '  aliyun.global: true'));
    expect(labels.toRecord()).toEqual({ 'aliyun.scale': '3', 'aliyun.global': 'true' });
  });

  it('reads a list of key=value strings, positioning the key and the value inside the string', () => {
    const labels = labelsOf(yaml('labels:', '  - aliyun.scale=3', '  - "aliyun.logs=/var/log"', '  - flag'));
    expect(labels.toRecord()).toEqual({ 'aliyun.scale': '3', 'aliyun.logs': '/var/log', flag: '' });
    const [scale, logs] = labels.entries;
    expect(scale?.keyAt.span).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 17 });
    expect(scale?.valueAt.span).toEqual({ line: 2, column: 18, endLine: 2, endColumn: 19 });
    expect(logs?.keyAt.span).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 17 });
  });

  it("reads a list of one-key mappings, as the guide's gitlab template writes them", () => {
    const labels = labelsOf(yaml('labels:', '  - aliyun.probe.url: tcp://container:5432', "  - aliyun.scale: '1'"));
    expect(labels.toRecord()).toEqual({ 'aliyun.probe.url': 'tcp://container:5432', 'aliyun.scale': '1' });
  });

  it('reports a label value that is not a string', () => {
    expect(findings(yaml('web:', '  image: x', '  labels:', '    a: [1, 2]'))).toEqual(['error invalid-type 4:8-4:14']);
  });

  it('reports labels that are neither a mapping nor a list', () => {
    expect(findings(yaml('web:', '  image: x', '  labels: aliyun.scale=2'))).toEqual(['error invalid-type 3:11-3:25']);
  });
});
