import { Alias } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { analyzeTemplate } from './analyze.ts';
import { findings, firstService, withCode, yaml } from '../testing/analysis.ts';
import { aliasFlood, deepNesting, mergeFlood } from '../testing/pathological.ts';
import { parseTree } from './tree.ts';

describe('malformed YAML', () => {
  it.each([
    [
      yaml('web:', '  image: nginx', '  labels:', '    aliyun.lb.port_443:tcp://proxy_test:443', '    aliyun.scale: 1'),
      'error yaml-syntax 4:5-4:44',
    ],
    [yaml('web:', '  image: nginx', '  ports: [80,', 'db:', '  image: mysql'), 'error yaml-syntax 4:1-4:2'],
    [yaml('web:', '  image: nginx', 'web:', '  image: httpd'), 'error yaml-syntax 3:1-3:2'],
    [yaml('web:', '\timage: nginx'), 'error yaml-syntax 2:1-2:2'],
  ])('is one error at the right line (%#)', (source, expected) => {
    expect(findings(source)).toEqual([expected]);
  });

  it('does not throw on an unresolved alias', () => {
    expect(findings(yaml('web:', '  image: *missing'))).toEqual(['error yaml-syntax 2:10-2:18']);
  });

  it('says a template nested too deeply is, at the line where it gets too deep', () => {
    const [deep] = withCode(deepNesting(5000), 'yaml-syntax');
    expect(deep).toMatchObject({ line: 5, column: 75, endLine: 5, endColumn: 76 });
    expect(deep?.message).toBe(
      'The template is nested too deeply: its mappings and lists go more than 64 levels deep here.',
    );
    expect(findings(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toEqual(['error yaml-syntax 1:65-1:66']);
    expect(findings(`a:\n  ${'- '.repeat(3000)}x`)).toEqual(['error yaml-syntax 2:129-2:130']);
  });

  it('says a template is one document, where the second one starts', () => {
    const [second] = withCode(yaml('web:', '  image: nginx', '---', 'db:', '  image: mysql'), 'yaml-syntax');
    expect(second).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 4 });
    expect(second?.message).toMatch(/^A template is one YAML document, and a second one starts here/);
  });

  it('still reports a repeated key, however large the mapping', () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `  k${i}: 1`);
    expect(findings(yaml('web:', '  image: nginx', ...keys, '  k7: 2')).filter((f) => f.includes('yaml'))).toEqual([
      'error yaml-syntax 2003:3-2003:4',
    ]);
  });
});

describe('the positioned tree', () => {
  it('gives 1-based, end-exclusive spans to keys and values', () => {
    const root = parseTree(yaml('web:', '  image: "nginx:1.9"')).root;
    const web = root?.kind === 'map' ? root.entries[0]?.value : undefined;
    const image = web?.kind === 'map' ? web.entries[0] : undefined;
    expect(image?.keyNode.span).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 8 });
    expect(image?.value.span).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 21 });
    expect(image?.value.path).toEqual(['web', 'image']);
  });

  it('resolves each alias once, to the anchor of its name set most recently before it', () => {
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const source = yaml('a: &x', '  image: one', 'b: *x', 'c: &x', '  image: two', 'd: *x');
    expect(analyzeTemplate(source).services.map((s) => s.image)).toEqual(['one', 'one', 'two', 'two']);
    expect(analyzeTemplate(aliasFlood(300)).services.filter((s) => s.scale === 2)).toHaveLength(300);
    expect(analyzeTemplate(mergeFlood(300)).services.filter((s) => s.restart === 'always')).toHaveLength(301);
    // The library's resolve walks the whole document for every alias: quadratic in aliases.
    expect(resolve).not.toHaveBeenCalled();
    resolve.mockRestore();
  });

  it('refuses an alias inside the value it stands for, and aliases that expand without bound', () => {
    expect(findings(yaml('web: &web', '  image: nginx', '  labels: *web'))).toEqual(['error yaml-syntax 3:11-3:15']);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg'])
      laughs.push(`${to}: &${to} [${`*${from}, `.repeat(9)}*${from}]`);
    const [laugh] = withCode(yaml(...laughs), 'yaml-syntax');
    expect(laugh?.message).toBe('The aliases of the template stand for more than 250,000 values in all.');
  });

  it('reports a problem in a value an alias brings once per use, where it is used', () => {
    const labels = yaml(
      "version: '2'",
      'x-labels: &labels',
      '  aliyun.scale: "many"',
      'services:',
      '  a:',
      '    image: nginx',
      '    labels: *labels',
      '  b:',
      '    image: nginx',
      '    labels: *labels',
    );
    expect(findings(labels)).toEqual(['error invalid-scale 7:13-7:20', 'error invalid-scale 10:13-10:20']);
    expect(withCode(labels, 'invalid-scale').map((d) => d.path)).toEqual([
      ['services', 'a', 'labels', 'aliyun.scale'],
      ['services', 'b', 'labels', 'aliyun.scale'],
    ]);
    const merged = yaml(
      "version: '2'",
      'services:',
      '  base: &base',
      '    image: nginx',
      '    restart: sometimes',
      '  a:',
      '    <<: *base',
      '    hostname: a',
    );
    expect(findings(merged)).toEqual(['error invalid-restart 5:14-5:23', 'error invalid-restart 7:9-7:14']);
  });

  it('resolves anchors, aliases and merge keys', () => {
    const source = yaml(
      'web: &web',
      '  image: nginx',
      '  restart: always',
      '  labels:',
      '    aliyun.scale: &scale "2"',
      'api:',
      '  <<: *web',
      '  restart: "no"',
      '  labels:',
      '    aliyun.scale: *scale',
    );
    const analysis = analyzeTemplate(source);
    expect(analysis.diagnostics).toEqual([]);
    const api = analysis.services.find((s) => s.name === 'api');
    expect([api?.image, api?.restart, api?.scale]).toEqual(['nginx', 'no', 2]);
  });
});

describe('template parameters', () => {
  const source = yaml(
    'db:',
    '  image: "postgres:${POSTGRES_VERSION}"',
    '  environment:',
    '    - GREETING=$GREETING $$HOME',
    '  # a $COMMENT is not a parameter',
  );

  it('lists each parameter with its positions, ignoring $$ escapes and comments', () => {
    const analysis = analyzeTemplate(source);
    expect(analysis.parameters).toEqual([
      { name: 'POSTGRES_VERSION', references: [{ line: 2, column: 20, endLine: 2, endColumn: 39 }] },
      { name: 'GREETING', references: [{ line: 4, column: 16, endLine: 4, endColumn: 25 }] },
    ]);
    expect(analysis.unset).toEqual(['POSTGRES_VERSION', 'GREETING']);
  });

  it('substitutes the values given and lists the rest as unset, never guessing', () => {
    const analysis = analyzeTemplate(source, { variables: { POSTGRES_VERSION: '9.3' } });
    expect(analysis.services[0]?.image).toBe('postgres:9.3');
    expect(analysis.services[0]?.environment).toEqual({ GREETING: '$GREETING $HOME' });
    expect(analysis.parameters[0]?.value).toBe('9.3');
    expect(analysis.unset).toEqual(['GREETING']);
  });

  it('does not check the format of a value that still has an unset variable', () => {
    expect(
      findings(yaml('web:', '  image: nginx', '  ports: ["${PORT}:80"]', '  labels:', '    aliyun.scale: $SCALE')),
    ).toEqual([]);
    expect(firstService(yaml('web:', '  image: x', '  labels:', '    aliyun.scale: $SCALE')).scale).toBe(1);
  });

  it('checks the substituted value when the variable is set', () => {
    const source2 = yaml('web:', '  image: x', '  labels:', '    aliyun.scale: $SCALE');
    expect(findings(source2, { variables: { SCALE: 'three' } })).toEqual(['error invalid-scale 4:19-4:25']);
    expect(analyzeTemplate(source2, { variables: { SCALE: '3' } }).services[0]?.scale).toBe(3);
  });

  it('reports an invalid interpolation at its position', () => {
    expect(findings(yaml('web:', '  image: "nginx:${1TAG}"'))).toEqual(['error invalid-interpolation 2:17-2:18']);
  });
});
