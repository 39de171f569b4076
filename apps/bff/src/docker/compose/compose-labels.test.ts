import { describe, expect, it } from 'vitest';
import { readComposeContainer } from './container-config.ts';
import { PROJ_CONTAINERS, webBody } from './fixtures.ts';

const withLabels = (labels: Record<string, unknown>) => webBody({ Labels: labels });

const COMPOSE = {
  'com.docker.compose.project': 'proj',
  'com.docker.compose.service': 'web',
  'com.docker.compose.container-number': '1',
  'com.docker.compose.oneoff': 'False',
};

describe('compose labels', () => {
  it('keeps every label but the per-container ones', () => {
    const kept = {
      'com.docker.compose.config-hash': 'abc',
      'com.docker.compose.version': '1.29.2',
      'com.docker.compose.slug': 'x',
      'aliyun.scale': '3',
      'aliyun.routing.port_80': 'http://web',
      'com.example.owner': '',
    };
    const request = readComposeContainer(withLabels({ ...COMPOSE, ...kept }), PROJ_CONTAINERS);
    expect(request?.definition['labels']).toEqual(kept);
  });

  it('omits labels when only the per-container ones were sent', () => {
    expect(readComposeContainer(withLabels(COMPOSE), PROJ_CONTAINERS)?.definition).toEqual({ image: 'nginx:1.25' });
  });

  it.each([
    [
      { 'com.docker.compose.project': 'my_app' },
      'com.docker.compose.project',
      'is not a valid application name: The application name should be 1-64 characters long',
    ],
    [{ 'com.docker.compose.project': 'a'.repeat(65) }, 'com.docker.compose.project', 'is not a valid application name'],
    [{ 'com.docker.compose.service': '-web' }, 'com.docker.compose.service', 'is not a valid service name'],
    [{ 'com.docker.compose.service': 'web/../x' }, 'com.docker.compose.service', 'is not a valid service name'],
    [
      { 'com.docker.compose.container-number': '0' },
      'com.docker.compose.container-number',
      'must be a whole number from 1 to 10000',
    ],
    [
      { 'com.docker.compose.container-number': '10001' },
      'com.docker.compose.container-number',
      'must be a whole number from 1 to 10000',
    ],
    [
      { 'com.docker.compose.container-number': '1.5' },
      'com.docker.compose.container-number',
      'must be a whole number from 1 to 10000',
    ],
    [
      { 'com.docker.compose.container-number': '01' },
      'com.docker.compose.container-number',
      'must be a whole number from 1 to 10000',
    ],
    [{ 'com.docker.compose.oneoff': 'true' }, 'com.docker.compose.oneoff', 'must be "True" or "False"'],
  ])('refuses %j', (bad, label, message) => {
    const call = () => readComposeContainer(withLabels({ ...COMPOSE, ...bad }), PROJ_CONTAINERS);
    expect(call).toThrow(expect.objectContaining({ field: `Labels["${label}"]`, status: 400 }));
    expect(call).toThrow(`Labels["${label}"] ${message}`);
  });

  it('accepts container number 10000 and a Chinese application name', () => {
    const request = readComposeContainer(
      withLabels({ ...COMPOSE, 'com.docker.compose.project': '商城', 'com.docker.compose.container-number': '10000' }),
      PROJ_CONTAINERS,
    );
    expect(request).toMatchObject({ project: '商城', number: 10000 });
  });

  it('requires every compose label once the project or service label is there', () => {
    const { 'com.docker.compose.service': _service, ...withoutService } = COMPOSE;
    expect(() => readComposeContainer(withLabels(withoutService), PROJ_CONTAINERS)).toThrow(
      'Labels["com.docker.compose.service"] is required on a docker-compose container',
    );
    const { 'com.docker.compose.oneoff': _oneoff, ...withoutOneoff } = COMPOSE;
    expect(() => readComposeContainer(withLabels(withoutOneoff), PROJ_CONTAINERS)).toThrow(
      'Labels["com.docker.compose.oneoff"] is required on a docker-compose container',
    );
  });
});
