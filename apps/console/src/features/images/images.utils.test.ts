import { describe, expect, it } from 'vitest';
import { imageBadge, imageReference, imageTab } from './images.utils.ts';

describe('images utils', () => {
  it('reads the tab from the URL, Popular by default', () => {
    expect(imageTab('official')).toBe('official');
    expect(imageTab(null)).toBe('popular');
    expect(imageTab('private')).toBe('popular');
  });

  it('gives an image stable initials and colour', () => {
    expect(imageBadge('acs/proxy').initials).toBe('PR');
    expect(imageBadge('gitlab/gitlab-ce').initials).toBe('GI');
    expect(imageBadge('nginx')).toEqual(imageBadge('nginx'));
  });

  it('joins a repository and a tag', () => {
    expect(imageReference('registry.aliyuncs.com/acs/proxy', '0.5')).toBe('registry.aliyuncs.com/acs/proxy:0.5');
    expect(imageReference('nginx', '')).toBe('nginx');
  });
});
