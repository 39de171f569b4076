import { describe, expect, it } from 'vitest';
import { settingsOf } from './fixtures.ts';

describe('volumes, volumes_from and volume_driver', () => {
  it('writes binds as given, without the default rw mode', () => {
    expect(
      settingsOf({
        HostConfig: {
          Binds: ['/host:/ctr:ro', 'name:/data:rw', '/etc/tz:/etc/timezone', '/src:/app:rw,z', './rel:/rel:Z'],
        },
      }),
    ).toEqual({ volumes: ['/host:/ctr:ro', 'name:/data', '/etc/tz:/etc/timezone', '/src:/app:rw,z', './rel:/rel:Z'] });
  });

  it('adds anonymous volumes that no bind targets', () => {
    expect(
      settingsOf({
        Volumes: { '/data': {}, '/cache': {}, '/ctr': {} },
        HostConfig: { Binds: ['/host:/ctr:ro', 'proj_data:/data:rw'] },
      }),
    ).toEqual({ volumes: ['/host:/ctr:ro', 'proj_data:/data', '/cache'] });
    expect(settingsOf({ Volumes: { '/var/lib/mysql': {} }, HostConfig: { Binds: [] } })).toEqual({
      volumes: ['/var/lib/mysql'],
    });
  });

  it('writes VolumesFrom of this project as services, others as container:name', () => {
    expect(
      settingsOf({
        HostConfig: { VolumesFrom: ['proj_db_1:rw', 'proj_db_2:rw', 'proj_cache_1:ro', 'backup', 'legacy_data_1:ro'] },
      }),
    ).toEqual({ volumes_from: ['db', 'cache:ro', 'container:backup', 'container:legacy_data_1:ro'] });
  });

  it('maps VolumeDriver to volume_driver', () => {
    expect(settingsOf({ HostConfig: { VolumeDriver: 'ossfs' } })).toEqual({ volume_driver: 'ossfs' });
    expect(settingsOf({ HostConfig: { VolumeDriver: '' } })).toEqual({});
  });
});
