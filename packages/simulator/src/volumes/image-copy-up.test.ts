import { describe, expect, it } from 'vitest';
import type { ServiceVolume } from '@cs/domain';
import { imageHasDirectory, ossfsCopyUpFailure } from './image-copy-up.ts';

const ossfs = (source: string, target: string, mode?: string): ServiceVolume => ({
  kind: 'volume',
  source,
  target,
  local: false,
  driver: 'ossfs',
  ...(mode ? { mode } : {}),
});

describe('the OSSFS copy-up failure (the guide troubleshooting: nocopy)', () => {
  it('knows the directories of an image: its base system and the ones it is known to create', () => {
    expect(imageHasDirectory('nginx:latest', '/usr/share/nginx/html')).toBe(true);
    expect(imageHasDirectory('nginx:latest', '/usr/share')).toBe(true);
    expect(imageHasDirectory('redis:3', '/data')).toBe(true);
    expect(imageHasDirectory('busybox', '/tmp')).toBe(true);
    expect(imageHasDirectory('busybox', '/usr/')).toBe(true);
    expect(imageHasDirectory('nginx:latest', '/testvolume')).toBe(false);
    expect(imageHasDirectory('busybox', '/data')).toBe(false);
    expect(imageHasDirectory('busybox', '/etc/hosts')).toBe(false);
  });

  it('fails with the guide error when an OSSFS volume covers a directory of the image without nocopy', () => {
    expect(ossfsCopyUpFailure('redis:3', [ossfs('o1', '/data')])).toBe(
      'chown /mnt/acs_mnt/ossfs/o1: input/output error',
    );
    expect(ossfsCopyUpFailure('nginx', [ossfs('test', '/usr/share/nginx/html', 'rw')])).toBe(
      'chown /mnt/acs_mnt/ossfs/test: input/output error',
    );
  });

  it('starts with nocopy, with a new directory, and with volumes that are not OSSFS', () => {
    expect(ossfsCopyUpFailure('redis:3', [ossfs('o1', '/data', 'nocopy')])).toBeUndefined();
    expect(ossfsCopyUpFailure('redis:3', [ossfs('o1', '/data', 'rw,nocopy')])).toBeUndefined();
    expect(ossfsCopyUpFailure('nginx:latest', [ossfs('test', '/testvolume', 'rw')])).toBeUndefined();
    expect(
      ossfsCopyUpFailure('redis:3', [
        { kind: 'volume', source: 'cache', target: '/data', local: true },
        { kind: 'bind', source: '/mnt/acs_mnt/ossfs/o1', target: '/data', local: true },
      ]),
    ).toBeUndefined();
  });
});
