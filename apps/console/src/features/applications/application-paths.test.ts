import { describe, expect, it } from 'vitest';
import {
  applicationCreatePath,
  applicationDetailPath,
  applicationListPath,
  applicationTab,
  applicationUpdatePath,
} from './application-paths.ts';

describe('application paths', () => {
  it('keeps the selected cluster in the list URL', () => {
    expect(applicationListPath()).toBe('/applications');
    expect(applicationListPath('c 1')).toBe('/applications?clusterId=c+1');
  });

  it('names the tab of the details in the URL, Services by default', () => {
    expect(applicationDetailPath('a/1')).toBe('/applications/a%2F1');
    expect(applicationDetailPath('a1', 'events')).toBe('/applications/a1?tab=events');
    expect(applicationTab('containers')).toBe('containers');
    expect(applicationTab('nonsense')).toBe('services');
    expect(applicationTab(null)).toBe('services');
    expect(applicationUpdatePath('a1')).toBe('/applications/a1/update');
  });

  it('prefills Create Application with an image and its version, or a template', () => {
    expect(applicationCreatePath()).toBe('/applications/create');
    expect(applicationCreatePath({ image: 'registry.aliyuncs.com/acs/proxy', version: '0.5' })).toBe(
      '/applications/create?image=registry.aliyuncs.com%2Facs%2Fproxy&version=0.5',
    );
    expect(applicationCreatePath({ templateId: 'sample-wordpress', clusterId: 'c1' })).toBe(
      '/applications/create?clusterId=c1&templateId=sample-wordpress',
    );
    expect(applicationCreatePath({ version: '1.0' })).toBe('/applications/create');
  });
});
