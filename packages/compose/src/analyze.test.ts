import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { GUIDE_TEMPLATES } from '../testing/guide-templates.ts';
import { largeTemplate } from '../testing/large-template.ts';
import { longScans } from '../testing/scans.ts';
import { analyzeTemplate } from './analyze.ts';
import type { TemplateAnalysis } from './analyze.ts';
import { allServiceKeys } from './keys.ts';
import { LABEL_DOCS } from './labels/docs.ts';

/** Every diagnostic lies inside the text, with its end not before its start. */
function expectWellFormed(source: string, analysis: TemplateAnalysis): void {
  const lines = source.split('\n').length;
  for (const d of analysis.diagnostics) {
    expect(d.code).not.toBe('analysis-failed');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine > d.line || d.endColumn >= d.column).toBe(true);
  }
}

const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -10, max: 70000 }),
  fc.boolean(),
  fc.constantFrom(
    '80:80',
    'tcp://slb:80',
    'http://container/',
    '${VAR}',
    '$$',
    'remove-all',
    '0-59/30 * * * *',
    'a;b.c',
  ),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string(), scalar, { maxKeys: 3 }));
const labelKey = fc.oneof(
  fc.constantFrom(...LABEL_DOCS.map((d) => d.label.replace('$container_port', '80').replace('$name', 'x'))),
  fc.string(),
);
const service = fc.record(
  {
    image: fc.oneof(fc.string(), scalar),
    labels: fc.oneof(fc.dictionary(labelKey, scalar, { maxKeys: 6 }), fc.array(fc.string(), { maxLength: 4 })),
    other: fc.dictionary(fc.constantFrom(...allServiceKeys(), 'detach', 'oom-kill-disable'), value, { maxKeys: 5 }),
  },
  { requiredKeys: [] },
);
const template = fc.record({
  version: fc.constantFrom(undefined, '2', '2.1', '3', 2, 'x'),
  services: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), service, { maxKeys: 4 }),
  jobLabels: fc.option(fc.dictionary(labelKey, scalar, { maxKeys: 3 })),
});

describe('analyzeTemplate never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(text, analyzeTemplate(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('on YAML-looking text built from template characters', () => {
    const piece = fc.constantFrom(
      '\n',
      ' ',
      '  ',
      ':',
      '- ',
      '#',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      '&a',
      '*a',
      '<<',
      '|',
      '>',
      'web',
      'image',
      'labels',
      'aliyun.scale',
      'version',
      "'2'",
      'services',
      '$',
      '${',
      'x=1',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expectWellFormed(text, analyzeTemplate(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary templates of known keys and labels, in both formats', () => {
    fc.assert(
      fc.property(template, fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), (t, variables) => {
        const services = Object.fromEntries(
          Object.entries(t.services).map(([name, s]) => [
            name,
            {
              ...s.other,
              ...(s.image === undefined ? {} : { image: s.image }),
              ...(s.labels === undefined ? {} : { labels: s.labels }),
            },
          ]),
        );
        const document =
          t.version === undefined
            ? services
            : { version: t.version, services, ...(t.jobLabels ? { labels: t.jobLabels } : {}) };
        const text = stringify(document);
        expectWellFormed(text, analyzeTemplate(text, { variables }));
      }),
      { numRuns: 500 },
    );
  });

  it('on the guide templates with a line removed or a character inserted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GUIDE_TEMPLATES.map((g) => g.source)),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 2 }),
        (source, at, inserted) => {
          const lines = source.split('\n');
          const without = lines.filter((_, i) => i !== at % lines.length).join('\n');
          const offset = at % (source.length + 1);
          const with_ = source.slice(0, offset) + inserted + source.slice(offset);
          expectWellFormed(without, analyzeTemplate(without));
          expectWellFormed(with_, analyzeTemplate(with_));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('analysing a large template', () => {
  // How fast is a benchmark figure (`npm run bench`, docs/benchmarks.md); here: correct, and linear.
  it('reads 2,000 lines without an error, searching no long list once per item', () => {
    const source = largeTemplate(2000);
    expect(source.split('\n').length).toBeGreaterThanOrEqual(2000);
    let analysis: ReturnType<typeof analyzeTemplate> | undefined;
    expect(longScans(300, () => (analysis = analyzeTemplate(source)))).toBeLessThan(50);
    expect(analysis?.diagnostics).toEqual([]);
    expect(analysis?.services.length).toBeGreaterThan(60);
  });
});
