import { describe, expect, it } from 'vitest';
import type { TemplateParameter } from '@cs/compose';
import { missingParameters, variablesToSend } from './parameters.utils.ts';

const parameters: TemplateParameter[] = [
  { name: 'PORT', default: '80', references: [] },
  { name: 'PASSWORD', references: [] },
];

describe('template parameters', () => {
  it('sends the values given, not the empty ones nor those of parameters no longer used', () => {
    expect(variablesToSend(parameters, { PORT: '', PASSWORD: 'secret', OLD: 'x' })).toEqual({ PASSWORD: 'secret' });
  });

  it('needs a value for each parameter without a default', () => {
    expect(missingParameters(parameters, {})).toEqual(['PASSWORD']);
    expect(missingParameters(parameters, { PASSWORD: 'secret' })).toEqual([]);
  });
});
