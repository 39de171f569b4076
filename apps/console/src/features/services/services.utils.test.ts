import { describe, expect, it } from 'vitest';
import {
  containerPortText,
  mappingPortText,
  serviceImageText,
  serviceOperationProblem,
  serviceSwitch,
} from './services.utils.ts';

const definition = { image: 'nginx:latest', external: null };

describe('serviceSwitch', () => {
  it('offers Stop for a running service and Activate for a stopped one', () => {
    expect(serviceSwitch({ spec: { desiredState: 'running' } })).toBe('stop');
    expect(serviceSwitch({ spec: { desiredState: 'stopped' } })).toBe('start');
  });
});

describe('serviceOperationProblem', () => {
  it('allows operations on a settled service only, Delete also while another runs', () => {
    expect(serviceOperationProblem({ status: { phase: 'Ready' } }, 'restart')).toBeUndefined();
    expect(serviceOperationProblem({ status: { phase: 'Updating' } }, 'restart')).toMatch(/Updating/);
    expect(serviceOperationProblem({ status: { phase: 'Updating' } }, 'delete')).toBeUndefined();
  });
});

describe('Configurations ports', () => {
  it('writes a random host port as Dynamic, as the guide shows', () => {
    expect(containerPortText({ containerPort: 80, count: 1, protocol: 'tcp' })).toBe('80');
    expect(mappingPortText({ count: 1 })).toBe('Dynamic');
  });

  it('writes ranges, UDP and a bound address', () => {
    expect(containerPortText({ containerPort: 8000, count: 3, protocol: 'udp' })).toBe('8000-8002/udp');
    expect(mappingPortText({ hostPort: 9000, count: 3 })).toBe('9000-9002');
    expect(mappingPortText({ hostPort: 80, hostIp: '127.0.0.1', count: 1 })).toBe('127.0.0.1:80');
  });
});

describe('serviceImageText', () => {
  it('shows the image, or the external host of a service without one', () => {
    expect(serviceImageText({ spec: { definition } })).toBe('nginx:latest');
    expect(
      serviceImageText({
        spec: { definition: { image: null, external: { host: 'db.example.com', ports: [] } } },
      }),
    ).toBe('External: db.example.com');
  });
});
