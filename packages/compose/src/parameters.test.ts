import { describe, expect, it } from 'vitest';
import { findings, withCode, yaml } from '../testing/analysis.ts';
import { analyzeTemplate } from './analyze.ts';

const v21 = (...lines: string[]) => yaml("version: '2.1'", 'services:', '  web:', ...lines.map((l) => `    ${l}`));

describe('default values and mandatory variables (version 2.1)', () => {
  it('uses the default when no value is given, so the parameter is not unset, and shows the default', () => {
    const analysis = analyzeTemplate(v21('image: "nginx:${TAG:-1.21}"'));
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.services[0]?.image).toBe('nginx:1.21');
    expect(analysis.unset).toEqual([]);
    expect(analysis.parameters).toEqual([
      { name: 'TAG', default: '1.21', references: [{ line: 4, column: 19, endLine: 4, endColumn: 31 }] },
    ]);
  });

  it('uses a value when one is given; with `:-` an empty value takes the default, with `-` it stays empty', () => {
    const source = v21('image: "nginx:${TAG:-1.21}"', 'hostname: "h${SUFFIX-x}"');
    expect(analyzeTemplate(source, { variables: { TAG: '1.9' } }).services[0]).toMatchObject({
      image: 'nginx:1.9',
      hostname: 'hx',
    });
    expect(analyzeTemplate(source, { variables: { TAG: '', SUFFIX: '' } }).services[0]).toMatchObject({
      image: 'nginx:1.21',
      hostname: 'h',
    });
  });

  it('asks for a mandatory variable, and says its message when it is given empty', () => {
    const source = v21('image: nginx', 'environment: ["PASSWORD=${PASSWORD:?set the database password}"]');
    expect(analyzeTemplate(source).unset).toEqual(['PASSWORD']);
    expect(findings(source)).toEqual([]);
    const [empty] = withCode(source, 'invalid-interpolation', { variables: { PASSWORD: '' } });
    expect(empty).toMatchObject({
      line: 5,
      column: 29,
      message: '${PASSWORD} must not be empty: set the database password',
    });
  });

  it('is an error in version 1 and 2.0 files, which docker-compose reads with plain $VAR substitution', () => {
    const v1 = yaml('web:', '  image: "nginx:${TAG:-1.21}"');
    expect(findings(v1)).toEqual(['error invalid-interpolation 2:17-2:29']);
    expect(withCode(v1, 'invalid-interpolation')[0]?.message).toBe(
      'Invalid interpolation format "${TAG:-1.21}" in version 1 Compose files: default values (${VARIABLE:-default}) and mandatory variables (${VARIABLE:?error}) need version \'2.1\'.',
    );
    expect(findings(yaml("version: '2'", 'services:', '  web:', '    image: "nginx:${TAG?}"'))).toEqual([
      'error invalid-interpolation 4:19-4:26',
    ]);
  });

  it('keeps the defaults of a template that is not valid YAML', () => {
    const analysis = analyzeTemplate(yaml('web:', '  image: "nginx:${TAG:-1.21}"', '  ports: [80'));
    expect(analysis.parameters).toEqual([{ name: 'TAG', default: '1.21', references: [] }]);
    expect(analysis.unset).toEqual([]);
  });
});
