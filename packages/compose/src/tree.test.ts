import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from './analyze.ts';
import { findings, firstService, yaml } from '../testing/analysis.ts';
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

  it('survives very deep nesting', () => {
    expect(() => analyzeTemplate(`${'['.repeat(5000)}${']'.repeat(5000)}`)).not.toThrow();
    expect(() => analyzeTemplate(`a:${'\n  '.repeat(1)}${'- '.repeat(3000)}x`)).not.toThrow();
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
