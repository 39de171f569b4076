import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '@cs/compose';
import { isValidTemplateName } from '@cs/domain';
import { SAMPLE_TEMPLATES } from './samples.ts';

describe('sample templates', () => {
  it.each(SAMPLE_TEMPLATES.map((s) => [s.name, s] as const))('%s can be saved as it is', (_name, sample) => {
    expect(isValidTemplateName(sample.name)).toBe(true);
    expect(sample.id).toBe(`sample-${sample.name}`);
    expect(analyzeTemplate(sample.content).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has unique names', () => {
    expect(new Set(SAMPLE_TEMPLATES.map((s) => s.name)).size).toBe(SAMPLE_TEMPLATES.length);
  });
});
