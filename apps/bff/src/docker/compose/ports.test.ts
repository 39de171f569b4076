import { describe, expect, it } from 'vitest';
import { settingsOf } from './fixtures.ts';

const published = (bindings: Record<string, unknown>, exposed: Record<string, unknown> = {}) =>
  settingsOf({ ExposedPorts: exposed, HostConfig: { PortBindings: bindings } });

describe('ports and expose', () => {
  it('writes a binding with a host port as host:container', () => {
    expect(published({ '80/tcp': [{ HostIp: '', HostPort: '8080' }] }, { '80/tcp': {} })).toEqual({
      ports: ['8080:80'],
    });
  });

  it('writes a binding without a host port as the container port alone', () => {
    expect(
      published({ '80/tcp': [{ HostIp: '', HostPort: '' }], '81/tcp': [{}], '82/tcp': [{ HostPort: null }] }),
    ).toEqual({
      ports: ['80', '81', '82'],
    });
  });

  it('keeps the host IP, with or without a host port', () => {
    expect(
      published({
        '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '8443' }],
        '9000/tcp': [{ HostIp: '10.0.0.2', HostPort: '' }],
      }),
    ).toEqual({ ports: ['127.0.0.1:8443:443', '10.0.0.2::9000'] });
  });

  it('adds /udp for udp and reads a key without protocol as tcp', () => {
    expect(published({ '53/udp': [{ HostPort: '5353' }], '8125': [{ HostPort: '8125' }] })).toEqual({
      ports: ['5353:53/udp', '8125:8125'],
    });
  });

  it('publishes one container port on several host ports', () => {
    expect(published({ '80/tcp': [{ HostPort: '8081' }, { HostPort: '8080' }, { HostPort: '8080' }] })).toEqual({
      ports: ['8080:80', '8081:80'],
    });
  });

  it('exposes the exposed ports nothing publishes, and ports with no binding', () => {
    expect(
      published(
        { '80/tcp': [{ HostPort: '8080' }], '7000/tcp': [], '7001/tcp': null },
        { '80/tcp': {}, '9100/tcp': {}, '53/udp': {}, '53/tcp': {}, '80/udp': null },
      ),
    ).toEqual({ ports: ['8080:80'], expose: ['53', '53/udp', '80/udp', '7000', '7001', '9100'] });
  });

  it('sorts by container port, protocol, host IP and host port', () => {
    expect(
      published({
        '9000/udp': [{ HostPort: '9000' }],
        '9000/tcp': [{ HostIp: '10.0.0.1', HostPort: '9000' }, { HostPort: '19000' }, { HostPort: '9001' }],
        '22/tcp': [{ HostPort: '2222' }],
      }),
    ).toEqual({ ports: ['2222:22', '9001:9000', '19000:9000', '10.0.0.1:9000:9000', '9000:9000/udp'] });
  });

  it('writes nothing for docker-py’s empty ExposedPorts and PortBindings', () => {
    expect(settingsOf({ ExposedPorts: null, HostConfig: { PortBindings: {} } })).toEqual({});
  });
});
