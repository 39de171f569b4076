import { describe, expect, it } from 'vitest';
import { settingsOf } from './fixtures.ts';

const inMode = (NetworkMode: string | null, EndpointsConfig?: Record<string, unknown>) =>
  settingsOf({ HostConfig: { NetworkMode }, ...(EndpointsConfig ? { NetworkingConfig: { EndpointsConfig } } : {}) });

describe('network_mode and networks', () => {
  it.each(['', 'default', 'bridge', 'proj_default', null])('writes nothing for the default network %j', (mode) => {
    expect(inMode(mode, mode ? { [mode]: { Aliases: ['web'] } } : undefined)).toEqual({});
  });

  it.each(['host', 'none', 'container:3f2a9c0d1b7e', 'service:db'])('writes %s as network_mode', (mode) => {
    expect(inMode(mode)).toEqual({ network_mode: mode });
  });

  it('writes the container of a service of this project as service:', () => {
    expect(inMode('container:proj_db_1')).toEqual({ network_mode: 'service:db' });
  });

  it('ignores the endpoint Docker names after host mode', () => {
    expect(inMode('host', { host: {} })).toEqual({ network_mode: 'host' });
  });

  it('writes any other network as networks', () => {
    expect(inMode('proj_front')).toEqual({ networks: ['proj_front'] });
    expect(inMode('proj_front', { proj_front: { Aliases: ['web'] }, proj_back: null, proj_default: {} })).toEqual({
      networks: ['proj_front', 'proj_back'],
    });
    expect(inMode('proj_default', { shared: {} })).toEqual({ networks: ['shared'] });
  });
});
