import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest.ts';

describe('did you mean', () => {
  it('measures edit distance', () => {
    expect(editDistance('aiyun', 'aliyun')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest candidate within reach, or nothing', () => {
    expect(closest('imagee', ['image', 'ports'])).toBe('image');
    expect(closest('deploy', ['image', 'ports', 'labels'])).toBeUndefined();
    expect(didYouMean('prots', ['ports'])).toBe(' Did you mean `ports`?');
    expect(didYouMean('zzz', ['ports'])).toBe('');
  });
});
