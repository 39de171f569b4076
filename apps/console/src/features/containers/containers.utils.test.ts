import { describe, expect, it } from 'vitest';
import { CONTAINER_STATES } from '@cs/domain';
import {
  containerDeleteProblem,
  containerSearchFilter,
  containerSwitch,
  containerSwitchProblem,
  pagesOfRows,
  portMappingText,
  portText,
  shortContainerId,
  shortDigest,
  withContainerSearch,
} from './containers.utils.ts';

describe('shortContainerId and shortDigest', () => {
  it('shortens a container ID as docker ps does', () => {
    expect(shortContainerId('b0dd0dc11540c538aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(
      'b0dd0dc11540',
    );
  });

  it('keeps the algorithm of a digest and 8 hex digits', () => {
    expect(shortDigest(`sha256:592a506c${'0'.repeat(56)}`)).toBe('sha256:592a506c');
    expect(shortDigest('592a506c4d0c')).toBe('592a506c');
  });
});

describe('portText', () => {
  it('writes a published port where it is reachable, as the guide does', () => {
    const port = { containerPort: 80, protocol: 'tcp' as const, hostPort: 80, hostIp: '172.1.1.100' };
    expect(portText(port, '10.0.0.1')).toBe('172.1.1.100:80');
    expect(portMappingText({ ...port, hostPort: 32768 }, '10.0.0.1')).toBe('172.1.1.100:32768 → 80/tcp');
  });

  it('writes a port published on every address at the node’s IP', () => {
    const port = { containerPort: 80, protocol: 'tcp' as const, hostPort: 52736, hostIp: '0.0.0.0' };
    expect(portText(port, '192.168.1.128')).toBe('192.168.1.128:52736');
  });

  it('writes an exposed-only port with its protocol', () => {
    const port = { containerPort: 53, protocol: 'udp' as const, hostPort: null, hostIp: '' };
    expect(portText(port, '10.0.0.1')).toBe('53/udp');
    expect(portMappingText(port, '10.0.0.1')).toContain('exposed to other containers only');
  });
});

describe('containerSwitch', () => {
  it('offers Stop for running containers and Start for stopped ones', () => {
    expect(containerSwitch('running')).toBe('stop');
    expect(containerSwitch('restarting')).toBe('stop');
    expect(containerSwitch('exited')).toBe('start');
    expect(containerSwitch('created')).toBe('start');
    expect(containerSwitch('failed')).toBe('start');
  });

  it('says why a lost, removing or pulling container cannot be switched', () => {
    expect(containerSwitchProblem('lost')).toMatch(/node .* is down/);
    expect(containerSwitchProblem('removing')).toBeDefined();
    expect(containerSwitchProblem('pulling')).toBeDefined();
    expect(containerSwitchProblem('running')).toBeUndefined();
  });

  it('allows Delete in every state but removing', () => {
    const deletable = CONTAINER_STATES.filter((s) => containerDeleteProblem(s) === undefined);
    expect(deletable).toEqual(CONTAINER_STATES.filter((s) => s !== 'removing'));
  });
});

describe('pagesOfRows', () => {
  it('names the pages of 100 that hold the rows in view', () => {
    expect(pagesOfRows(0, 14, 100)).toEqual([1]);
    expect(pagesOfRows(95, 110, 100)).toEqual([1, 2]);
    expect(pagesOfRows(99_980, 99_999, 100)).toEqual([1000]);
  });

  it('names none for an empty range', () => {
    expect(pagesOfRows(0, -1, 100)).toEqual([]);
  });
});

describe('container search in the URL', () => {
  it('reads the name and a known status, ignoring an unknown one', () => {
    expect(containerSearchFilter(new URLSearchParams('containerName=web&containerStatus=lost'))).toEqual({
      name: 'web',
      status: 'lost',
    });
    expect(containerSearchFilter(new URLSearchParams('containerStatus=bogus'))).toEqual({
      name: '',
      status: undefined,
    });
  });

  it('writes the search and keeps the page’s other parameters', () => {
    const next = withContainerSearch(new URLSearchParams('tab=containers&containerName=old'), {
      name: '',
      status: 'running',
    });
    expect(next.toString()).toBe('tab=containers&containerStatus=running');
  });
});
