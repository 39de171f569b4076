import { describe, expect, it } from 'vitest';
import { createApplicationPath, imageBadge, imageReference, imageTab } from './images.utils.ts';

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

  it('links Create Application to the Applications page with the image or template', () => {
    expect(createApplicationPath({ image: 'registry.aliyuncs.com/acs/proxy:0.5' })).toBe(
      '/applications?image=registry.aliyuncs.com%2Facs%2Fproxy%3A0.5',
    );
    expect(createApplicationPath({ template: 'sample-gitlab' })).toBe('/applications?template=sample-gitlab');
  });

  it('joins a repository and a tag', () => {
    expect(imageReference('registry.aliyuncs.com/acs/proxy', '0.5')).toBe('registry.aliyuncs.com/acs/proxy:0.5');
    expect(imageReference('nginx', '')).toBe('nginx');
  });
});
