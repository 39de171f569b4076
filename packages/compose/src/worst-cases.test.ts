import { describe, expect, it } from 'vitest';
import {
  aliasFlood,
  deepNesting,
  dependsChain,
  extendsChain,
  lbPorts,
  lbServices,
  linkedServices,
  mergeFlood,
  randomText,
  unknownKeys,
  unknownLabels,
  variableFlood,
  wideMerge,
  WORST_CASES,
} from '../testing/pathological.ts';
import { longScans } from '../testing/scans.ts';
import { analyzeTemplate } from './analyze.ts';
import type { TemplateAnalysis } from './analyze.ts';

/** Diagnostic codes with how many times each occurs. */
function tally(analysis: TemplateAnalysis): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of analysis.diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return counts;
}

/** What each worst case must still say: the analysis is complete, not merely fast. */
const EXPECTED: Readonly<Record<string, (a: TemplateAnalysis) => void>> = {
  'aliases-4000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services.filter((s) => s.scale === 2)).toHaveLength(4000);
  },
  'merge-keys-20000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services.at(-1)).toMatchObject({ name: 's19999', image: 'nginx', restart: 'always', hostname: 'h19999' });
  },
  'variables-17600-syntax-error': (a) => {
    expect(tally(a)).toEqual({ 'yaml-syntax': 1 });
    expect(a.parameters).toHaveLength(97 + 89);
    expect(a.unset).toHaveLength(97 + 89);
  },
  'random-bytes-1MiB': (a) => expect(tally(a)).toEqual({ 'yaml-syntax': 1 }),
  'depends-chain-5000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services).toHaveLength(5000);
    expect(a.services[4998]?.dependsOn).toEqual(['s4999']);
  },
  'lb-services-10000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services[9999]?.aliyun.lb).toEqual([
      {
        label: 'aliyun.lb.port_80',
        containerPort: 80,
        scheme: 'tcp',
        instance: 'slb_9999',
        frontPort: 10000,
        hostPort: 19999,
      },
    ]);
  },
  'nesting-5000': (a) => {
    expect(tally(a)).toEqual({ 'yaml-syntax': 1 });
    expect(a.diagnostics[0]).toMatchObject({ line: 5, message: expect.stringMatching(/nested too deeply/) });
  },
  'unknown-keys-60000': (a) => expect(tally(a)).toEqual({ 'unknown-key': 60_000 }),
  'unknown-labels-35000': (a) => {
    expect(tally(a)).toEqual({ 'unknown-aliyun-label': 35_000 });
    expect(a.diagnostics[34_999]?.message).toMatch(/aliyun\.scal34999.*Did you mean `aliyun\.scale`\?/);
  },
  'linked-services-12000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services[11_999]?.links).toEqual([{ target: 's11998', alias: 's11998' }]);
  },
  'lb-ports-15000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services[0]?.aliyun.lb.map((r) => r.hostPort)).toEqual(
      Array.from({ length: 15_000 }, (_, i) => 20_001 + i),
    );
  },
  'extends-chain-12000': (a) => {
    expect(tally(a)).toEqual({});
    expect(a.services.at(-1)).toMatchObject({ image: 'nginx:11999', environment: { A: '1' } });
  },
  'wide-merge-50000': (a) => {
    expect(tally(a)).toEqual({});
    expect(Object.keys(a.services[0]?.labels ?? {})).toHaveLength(50_001);
  },
};

/** Each case at a tenth of its size or so: still thousands of items, so a search per item shows. */
const SMALLER: Readonly<Record<string, () => string>> = {
  'aliases-4000': () => aliasFlood(1_000),
  'merge-keys-20000': () => mergeFlood(2_000),
  'variables-17600-syntax-error': () => variableFlood(2_000, true),
  'random-bytes-1MiB': () => randomText(100_000),
  'depends-chain-5000': () => dependsChain(1_000),
  'lb-services-10000': () => lbServices(1_000),
  'nesting-5000': () => deepNesting(1_000),
  'unknown-keys-60000': () => unknownKeys(2_000),
  'unknown-labels-35000': () => unknownLabels(2_000),
  'linked-services-12000': () => linkedServices(1_000),
  'lb-ports-15000': () => lbPorts(1_000),
  'extends-chain-12000': () => extendsChain(1_000),
  'wide-merge-50000': () => wideMerge(2_000),
};

/** CPU time of `run` in milliseconds (not wall time: the machine may be busy with other work). */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/**
 * Issue 7: each case grows one dimension that a quadratic or recursive rule could not take
 * (aliases, merge keys, `$VAR` positions, depends chains, lb host ports, nesting, keys, labels…).
 * Before the fix they took seconds to minutes, or collapsed to "could not be analysed". The
 * analysis must be complete, must not search a long list once per item (the work), and must
 * stay within a generous bound of CPU time; the 1 s goal itself is measured by `bench:templates`.
 */
describe('the worst cases of issue 7', () => {
  it('has an expectation for every case', () => {
    expect(WORST_CASES.map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(SMALLER).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(WORST_CASES.map((c) => [c.name, c] as const))(
    '%s is analysed completely, in linear time',
    (name, c) => {
      const source = c.source();
      let analysis: TemplateAnalysis | undefined;
      expect(cpuMs(() => (analysis = analyzeTemplate(source)))).toBeLessThan(10_000);
      expect(analysis?.diagnostics.filter((d) => d.code === 'analysis-failed')).toEqual([]);
      if (analysis) EXPECTED[name]?.(analysis);
      const smaller = SMALLER[name]?.() ?? '';
      expect(longScans(300, () => analyzeTemplate(smaller))).toBeLessThan(50);
    },
    60_000,
  );
});
