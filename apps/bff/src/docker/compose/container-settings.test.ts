import { describe, expect, it } from 'vitest';
import { readComposeContainer } from './container-config.ts';
import { PROJ_CONTAINERS, settingsOf, webBody } from './fixtures.ts';

describe('ContainerConfig fields', () => {
  it('maps Image to image', () => {
    const request = readComposeContainer(
      webBody({ Image: 'registry.cn-hangzhou.aliyuncs.com/acs/web:1.0' }),
      PROJ_CONTAINERS,
    );
    expect(request?.definition['image']).toBe('registry.cn-hangzhou.aliyuncs.com/acs/web:1.0');
  });

  it('keeps Cmd and Entrypoint in the form they came in', () => {
    expect(settingsOf({ Cmd: ['sh', '-c', 'sleep 1'], Entrypoint: ['/init'] })).toEqual({
      command: ['sh', '-c', 'sleep 1'],
      entrypoint: ['/init'],
    });
    expect(settingsOf({ Cmd: 'npm start', Entrypoint: '/docker-entrypoint.sh' })).toEqual({
      command: 'npm start',
      entrypoint: '/docker-entrypoint.sh',
    });
    expect(settingsOf({ Cmd: null, Entrypoint: null })).toEqual({});
    expect(settingsOf({ Cmd: [], Entrypoint: '' })).toEqual({});
  });

  it('keeps Env as a list, in order, entries without = as they are', () => {
    expect(settingsOf({ Env: ['B=2', 'A=b=c', 'C', 'EMPTY='] })).toEqual({
      environment: ['B=2', 'A=b=c', 'C', 'EMPTY='],
    });
  });

  it('maps the container identity and process settings', () => {
    expect(
      settingsOf({
        Hostname: 'web-host',
        Domainname: 'example.com',
        User: '1000:1000',
        WorkingDir: '/srv',
        MacAddress: '02:42:ac:11:00:02',
        StopSignal: 'SIGINT',
      }),
    ).toEqual({
      hostname: 'web-host',
      domainname: 'example.com',
      user: '1000:1000',
      working_dir: '/srv',
      mac_address: '02:42:ac:11:00:02',
      stop_signal: 'SIGINT',
    });
  });

  it('omits empty strings, as docker-py sends for unset fields', () => {
    expect(settingsOf({ Hostname: '', Domainname: '', User: '', WorkingDir: '', StopSignal: null })).toEqual({});
  });

  it('maps Tty and OpenStdin only when true', () => {
    expect(settingsOf({ Tty: true, OpenStdin: true })).toEqual({ tty: true, stdin_open: true });
    expect(settingsOf({ Tty: false, OpenStdin: false })).toEqual({});
  });

  it('writes Healthcheck durations as Compose does', () => {
    expect(
      settingsOf({
        Healthcheck: {
          Test: ['CMD', 'curl', '-f', 'http://localhost'],
          Interval: 90e9,
          Timeout: 1_500_000_000,
          Retries: 5,
        },
      }),
    ).toEqual({
      healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost'], interval: '90s', timeout: '1500ms', retries: 5 },
    });
    expect(settingsOf({ Healthcheck: { Test: ['NONE'] } })).toEqual({ healthcheck: { test: ['NONE'] } });
    expect(settingsOf({ Healthcheck: { Interval: 2_500_000, Timeout: 1001 } })).toEqual({
      healthcheck: { interval: '2500us', timeout: '1001ns' },
    });
    expect(settingsOf({ Healthcheck: { Test: null, Interval: 0, Timeout: 0, Retries: 0, StartPeriod: 0 } })).toEqual(
      {},
    );
  });

  it('writes $ as $$, since docker-compose has already substituted its variables', () => {
    expect(settingsOf({ Cmd: ['sh', '-c', 'echo $HOME ${USER}'], Env: ['PRICE=$5'] })).toEqual({
      command: ['sh', '-c', 'echo $$HOME $${USER}'],
      environment: ['PRICE=$$5'],
    });
  });
});
