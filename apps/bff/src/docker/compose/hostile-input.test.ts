import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DockerRequestError, readComposeContainer } from './container-config.ts';
import { BLOG, PROJ_CONTAINERS, SHOP, WORDPRESS, webBody } from './fixtures.ts';

function refusal(body: unknown): DockerRequestError {
  try {
    readComposeContainer(body, PROJ_CONTAINERS);
  } catch (error) {
    if (error instanceof DockerRequestError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

const messageOf = (fields: Record<string, unknown>): string => refusal(webBody(fields)).message;
const hosted = (HostConfig: unknown): string => messageOf({ HostConfig });
const many = <T>(count: number, item: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => item(i));

describe('hostile create bodies are refused with the field at fault', () => {
  it('refuses a body that is not a JSON object', () => {
    for (const body of [null, [], 'Image', 42, true])
      expect(refusal(body)).toMatchObject({ message: 'body must be a JSON object', field: 'body', status: 400 });
  });

  it('refuses a field of another type', () => {
    expect(messageOf({ Hostname: 5 })).toBe('Hostname must be a string');
    expect(messageOf({ User: { name: 'root' } })).toBe('User must be a string');
    expect(messageOf({ Tty: 'true' })).toBe('Tty must be true or false');
    expect(messageOf({ HostConfig: [] })).toBe('HostConfig must be an object');
    expect(messageOf({ Labels: ['a=b'] })).toBe('Labels must be an object');
    expect(messageOf({ Healthcheck: 'curl localhost' })).toBe('Healthcheck must be an object');
  });

  it('refuses a list of the wrong kind, naming the entry', () => {
    expect(messageOf({ Env: 'A=b' })).toBe('Env must be a list');
    expect(messageOf({ Env: ['A=b', 1] })).toBe('Env[1] must be a string');
    expect(hosted({ CapAdd: [['NET_ADMIN']] })).toBe('HostConfig.CapAdd[0] must be a string');
  });

  it('refuses a command that is neither a string nor a list of strings', () => {
    expect(messageOf({ Cmd: { sh: '-c' } })).toBe('Cmd must be a string or a list of strings');
    expect(messageOf({ Entrypoint: 7 })).toBe('Entrypoint must be a string or a list of strings');
    expect(messageOf({ Cmd: ['sh', null] })).toBe('Cmd[1] must be a string');
  });

  it('refuses junk nested deep inside', () => {
    expect(hosted({ LogConfig: { Type: 'json-file', Config: { 'max-size': { value: '10m' } } } })).toBe(
      'HostConfig.LogConfig.Config["max-size"] must be a string',
    );
    expect(messageOf({ NetworkingConfig: { EndpointsConfig: { proj_default: 5 } } })).toBe(
      'NetworkingConfig.EndpointsConfig.proj_default must be an object',
    );
    expect(messageOf({ NetworkingConfig: { EndpointsConfig: { proj_default: { Links: 'proj_db_1:db' } } } })).toBe(
      'NetworkingConfig.EndpointsConfig.proj_default.Links must be a list',
    );
    expect(hosted({ Ulimits: [{ Name: 'nofile', Soft: '1024', Hard: 2048 }] })).toBe(
      'HostConfig.Ulimits[0].Soft must be a whole number',
    );
    expect(hosted({ Devices: [{ PathInContainer: '/dev/fuse' }] })).toBe(
      'HostConfig.Devices[0].PathOnHost must be a string',
    );
  });

  it('bounds lists, maps and strings', () => {
    expect(messageOf({ Env: many(1001, (i) => `V${i}=1`) })).toBe('Env must have at most 1,000 entries');
    expect(messageOf({ Cmd: many(1001, () => 'x') })).toBe('Cmd must have at most 1,000 entries');
    expect(hosted({ Sysctls: Object.fromEntries(many(1001, (i) => [`net.k${i}`, '1'])) })).toBe(
      'HostConfig.Sysctls must have at most 1,000 entries',
    );
    expect(messageOf({ Hostname: 'h'.repeat(64 * 1024 + 1) })).toBe('Hostname must be at most 64 KiB long');
    expect(() => readComposeContainer(webBody({ Env: many(1000, (i) => `V${i}=1`) }), PROJ_CONTAINERS)).not.toThrow();
    const labels = { ...(webBody()['Labels'] as object), ...Object.fromEntries(many(1000, (i) => [`l${i}`, ''])) };
    expect(refusal(webBody({ Labels: labels })).message).toBe('Labels must have at most 1,000 entries');
  });

  it('checks the image reference', () => {
    const { Image: _image, ...withoutImage } = webBody();
    expect(refusal(withoutImage).message).toBe('Image is required');
    expect(messageOf({ Image: '' })).toBe('Image must not be empty');
    expect(messageOf({ Image: ['nginx'] })).toBe('Image must be a string');
    expect(messageOf({ Image: 'a'.repeat(256) })).toBe('Image must be at most 255 characters');
    expect(messageOf({ Image: 'nginx latest' })).toBe('Image must not contain whitespace or control characters');
    expect(messageOf({ Image: 'nginx\u0000' })).toBe('Image must not contain whitespace or control characters');
  });

  it('checks port keys and port bindings', () => {
    expect(messageOf({ ExposedPorts: { '80/sctp': {} } })).toBe(
      'ExposedPorts["80/sctp"] must be a port 1-65535, optionally with /tcp or /udp',
    );
    expect(hosted({ PortBindings: { '70000/tcp': [] } })).toBe(
      'HostConfig.PortBindings["70000/tcp"] must be a port 1-65535, optionally with /tcp or /udp',
    );
    expect(hosted({ PortBindings: { '0': [] } })).toMatch(/^HostConfig.PortBindings\["0"\] must be a port/);
    expect(hosted({ PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '99999' }] } })).toBe(
      'HostConfig.PortBindings["80/tcp"][0].HostPort must be a port number',
    );
    expect(hosted({ PortBindings: { '80/tcp': [{ HostPort: 8080 }] } })).toBe(
      'HostConfig.PortBindings["80/tcp"][0].HostPort must be a port number',
    );
    expect(hosted({ PortBindings: { '80/tcp': [{ HostPort: '8000-8010' }] } })).toBe(
      'HostConfig.PortBindings["80/tcp"][0].HostPort must be a port number',
    );
    expect(hosted({ PortBindings: { '80/tcp': [{ HostIp: 'localhost', HostPort: '80' }] } })).toBe(
      'HostConfig.PortBindings["80/tcp"][0].HostIp must be an IPv4 address',
    );
    expect(hosted({ PortBindings: { '80/tcp': ['8080'] } })).toBe(
      'HostConfig.PortBindings["80/tcp"][0] must be an object',
    );
    expect(hosted({ PortBindings: { '80/tcp': { HostPort: '8080' } } })).toBe(
      'HostConfig.PortBindings["80/tcp"] must be a list',
    );
  });

  it('checks binds, volumes and volumes_from', () => {
    expect(hosted({ Binds: ['/data'] })).toBe('HostConfig.Binds[0] must be source:container_path[:mode]');
    expect(hosted({ Binds: ['/host:relative'] })).toBe('HostConfig.Binds[0] must be source:container_path[:mode]');
    expect(hosted({ Binds: ['/a:/b:ro:extra'] })).toBe('HostConfig.Binds[0] must be source:container_path[:mode]');
    expect(hosted({ Binds: ['/a:/b:'] })).toBe('HostConfig.Binds[0] must be source:container_path[:mode]');
    expect(messageOf({ Volumes: { data: {} } })).toBe('Volumes.data must be an absolute container path');
    expect(messageOf({ Volumes: { '/data': [] } })).toBe('Volumes["/data"] must be an object');
    expect(hosted({ VolumesFrom: ['proj_db_1:rx'] })).toBe('HostConfig.VolumesFrom[0] must be container[:ro|rw]');
  });

  it('checks links', () => {
    for (const link of ['', 'a:b:c', 'proj db_1:db', ':db', 'proj_db_1:'])
      expect(hosted({ Links: [link] })).toBe('HostConfig.Links[0] must be container_name:alias');
  });

  it('checks numbers and the restart policy', () => {
    expect(hosted({ Memory: '512m' })).toBe('HostConfig.Memory must be a whole number');
    expect(hosted({ Memory: 1.5 })).toBe('HostConfig.Memory must be a whole number');
    expect(hosted({ Memory: 2 ** 60 })).toBe('HostConfig.Memory must be a whole number');
    expect(hosted({ CpuShares: -1 })).toBe('HostConfig.CpuShares must not be negative');
    expect(hosted({ MemorySwap: -2 })).toBe('HostConfig.MemorySwap must be -1 (unlimited) or more');
    expect(hosted({ RestartPolicy: { Name: 'sometimes' } })).toBe(
      'HostConfig.RestartPolicy.Name must be no, always, unless-stopped or on-failure',
    );
    expect(hosted({ RestartPolicy: { Name: 'on-failure', MaximumRetryCount: -1 } })).toBe(
      'HostConfig.RestartPolicy.MaximumRetryCount must not be negative',
    );
    expect(messageOf({ Healthcheck: { Interval: '30s' } })).toBe('Healthcheck.Interval must be a whole number');
  });

  it('repeats at most 64 characters of a key the client sent', () => {
    const error = messageOf({ ExposedPorts: { [`80/${'x'.repeat(10_000)}`]: {} } });
    expect(error).toBe(
      `ExposedPorts["80/${'x'.repeat(61)}…(9939 more)"] must be a port 1-65535, optionally with /tcp or /udp`,
    );
  });

  it('neither pollutes prototypes nor keeps __proto__ keys', () => {
    const body = JSON.parse(
      JSON.stringify(webBody({ HostConfig: { Sysctls: { 'net.ipv4.ip_forward': '1' } } })).replace(
        '"Labels":{',
        '"Labels":{"__proto__":{"polluted":"yes"},',
      ),
    ) as unknown;
    const definition = readComposeContainer(body, PROJ_CONTAINERS)?.definition;
    expect(Object.keys(definition?.['labels'] as object)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('only ever answers with a definition or a DockerRequestError, whatever a field holds', () => {
    const bodies = [WORDPRESS.web, SHOP.web, BLOG.app] as Record<string, unknown>[];
    const paths = [
      ...new Set(
        bodies
          .flatMap((body) =>
            Object.entries(body).flatMap(([key, value]) => [
              [key],
              ...(value && typeof value === 'object' && !Array.isArray(value)
                ? Object.keys(value).map((inner) => [key, inner])
                : []),
            ]),
          )
          .map((path) => path.join('.')),
      ),
    ].map((path) => path.split('.'));
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.constantFrom(...paths), fc.jsonValue(), (body, path, junk) => {
        const copy = structuredClone(body);
        let at: Record<string, unknown> = copy;
        for (const key of path.slice(0, -1)) {
          if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
          at = at[key] as Record<string, unknown>;
        }
        at[path[path.length - 1] ?? 'Image'] = junk;
        try {
          const request = readComposeContainer(copy, PROJ_CONTAINERS);
          if (request) expect(typeof request.definition['image']).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(DockerRequestError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
