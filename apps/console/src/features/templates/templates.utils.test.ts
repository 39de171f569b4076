import { describe, expect, it } from 'vitest';
import { ApiError } from '@cs/contracts';
import { analyzeTemplate } from '@cs/compose';
import {
  contentErrors,
  describeSaveFailure,
  templateCreatePath,
  templateDetailPath,
  templateListPath,
  templateTab,
} from './templates.utils.ts';

describe('templates utils', () => {
  it('reads the tab from the URL, Sample by default, and writes only My Templates into it', () => {
    expect(templateTab('mine')).toBe('mine');
    expect(templateTab(null)).toBe('sample');
    expect(templateTab('all')).toBe('sample');
    expect(templateListPath('sample')).toBe('/templates');
    expect(templateListPath('mine')).toBe('/templates?tab=mine');
  });

  it('builds the pages’ paths', () => {
    expect(templateDetailPath('sample-gitlab')).toBe('/templates/sample-gitlab');
    expect(templateCreatePath('sample-gitlab')).toBe('/templates/create?from=sample-gitlab');
    expect(templateCreatePath()).toBe('/templates/create');
  });

  it('lists the errors that stop a save as the BFF words them', () => {
    expect(contentErrors(analyzeTemplate('web:\n  image: nginx\n  build: .\n'))).toEqual([
      expect.stringMatching(/^Line 3:3: `build` is not supported/),
    ]);
    expect(contentErrors(analyzeTemplate(''))).toEqual([]);
  });

  it('sorts a refused save: content errors, stale version, other messages', () => {
    const refused = new ApiError(400, '/problems/invalid-input', 'The request has invalid fields.', [
      { field: 'content', message: 'Line 3:3: no' },
    ]);
    expect(describeSaveFailure(refused, false)).toEqual({
      contentErrors: ['Line 3:3: no'],
      stale: false,
      message: undefined,
    });
    const stale = new ApiError(
      409,
      '/problems/conflict',
      'The template t was changed by someone else (version 9, yours 8). Reload and try again.',
    );
    expect(describeSaveFailure(stale, true)).toMatchObject({ stale: true, message: stale.message });
    const taken = new ApiError(409, '/problems/conflict', 'A template named t already exists in My Templates.');
    expect(describeSaveFailure(taken, false)).toEqual({ contentErrors: [], stale: false, message: taken.message });
    expect(describeSaveFailure(new TypeError('fetch failed'), false).message).toMatch(/^Cannot reach/);
  });
});
