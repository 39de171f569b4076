import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from './analyze.ts';
import { findings, yaml } from '../testing/analysis.ts';

describe('Compose file format', () => {
  it('reads services at the top level as version 1', () => {
    const analysis = analyzeTemplate(yaml('web:', '  image: nginx'));
    expect([analysis.format, analysis.version]).toEqual(['v1', '1']);
    expect(analysis.services.map((s) => s.name)).toEqual(['web']);
  });

  it.each([
    ["'2'", '2.0'],
    ['"2.0"', '2.0'],
    ['2', '2.0'],
    ["'2.1'", '2.1'],
  ])('reads version %s as %s', (written, version) => {
    const analysis = analyzeTemplate(yaml(`version: ${written}`, 'services:', '  web:', '    image: nginx'));
    expect([analysis.format, analysis.version, analysis.diagnostics]).toEqual(['v2', version, []]);
  });

  it('reads a services block without version as version 2.1, with a warning', () => {
    const analysis = analyzeTemplate(yaml('services:', '  web:', '    image: nginx'));
    expect([analysis.format, analysis.version]).toEqual(['v2', '2.1']);
    expect(findings(yaml('services:', '  web:', '    image: nginx'))).toEqual(['warning missing-version 1:1-1:9']);
  });

  it('takes a version 1 service named services as a service', () => {
    const analysis = analyzeTemplate(yaml('services:', '  image: nginx'));
    expect([analysis.format, analysis.services.map((s) => s.name)]).toEqual(['v1', ['services']]);
  });

  it('warns about version 3 and reads it as 2.1', () => {
    expect(findings(yaml("version: '3.7'", 'services:', '  web:', '    image: nginx'))).toEqual([
      'warning unsupported-version 1:10-1:15',
    ]);
  });

  it('reports versions that never existed', () => {
    expect(findings(yaml("version: '1'", 'services:', '  web:', '    image: nginx'))).toEqual([
      'error unsupported-version 1:10-1:13',
    ]);
    expect(findings(yaml("version: '2.5'", 'services:', '  web:', '    image: nginx'))).toEqual([
      'error unsupported-version 1:10-1:15',
    ]);
  });

  it('warns about an empty template and reports a template that is not a mapping', () => {
    expect(findings('')).toEqual(['warning no-services 1:1-1:1']);
    expect(findings('- web\n')).toEqual(['error invalid-type 1:1-1:6', 'warning no-services 1:1-1:6']);
  });
});
