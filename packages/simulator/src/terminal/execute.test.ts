import { describe, expect, it } from 'vitest';
import { makeHost, makeSelf, makeShellWorld } from '../testing/shell-world.ts';
import { executeCommand } from './execute.ts';

const world = makeShellWorld(makeSelf(), [makeHost({ name: 'peer_1', containerIp: '172.19.0.10' })]);
const instant = async () => true;

describe('Execute mode', () => {
  it('answers one command', async () => {
    expect(await executeCommand(world, 'hostname', { sleep: instant })).toEqual({
      output: 'crosshost_cross-host-network-test1_1\n',
      exitCode: 0,
      truncated: false,
    });
  });

  it('stops ping after four replies', async () => {
    const { output, exitCode } = await executeCommand(world, 'ping peer_1', { sleep: instant });
    expect(output.match(/^64 bytes/gm)).toHaveLength(4);
    expect(exitCode).toBe(0);
  });

  it('stops what outruns its budget and says so', async () => {
    const result = await executeCommand(world, 'ping -c 100 peer_1', { budgetMs: 30 });
    expect(result.truncated).toBe(true);
    expect(result.output).toContain('--- peer_1 ping statistics ---');
  });

  it('answers an unknown command as sh does', async () => {
    expect(await executeCommand(world, 'foo', { sleep: instant })).toMatchObject({
      output: 'sh: foo: not found\n',
      exitCode: 127,
    });
  });
});
