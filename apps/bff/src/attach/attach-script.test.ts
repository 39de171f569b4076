import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeCurl } from '../testing/fake-curl.ts';
import type { FakeCurl } from '../testing/fake-curl.ts';
import { attachCommand, attachScript } from './attach-script.ts';
import { isAttachToken, newAttachToken } from './attach-token.ts';
import { shellQuote } from './shell-quote.ts';

const PUBLIC_URL = 'https://console.example.com:8443';
const INSTANCE = 'i-bp1e53wf4nduuju249c1';

describe('shellQuote', () => {
  it('makes every string one word that bash reads back unchanged, running nothing', () => {
    const hostile = ["'", "'$(touch m)'", '`touch m`', '$(touch m)', 'a b\nc', '\\', '"$HOME"', "it's", '', '!x'];
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary' }).map((s) => s.replaceAll('\0', '')),
          { maxLength: 20 },
        ),
        (random) => {
          const values = [...hostile, ...random];
          const script = `printf '%s\\0' ${values.map(shellQuote).join(' ')}`;
          const printed = execFileSync('bash', ['-c', script], { cwd: '/tmp', encoding: 'utf8' });
          expect(printed.split('\0').slice(0, -1)).toEqual(values);
        },
      ),
      { numRuns: 25 },
    );
    expect(existsSync('/tmp/m')).toBe(false);
  });
});

describe('attach tokens', () => {
  it('are 32 base64url characters, and only such strings pass', () => {
    const token = newAttachToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(isAttachToken(token)).toBe(true);
    for (const bad of ["'$(touch /tmp/x)'", token.slice(1), `${token}a`, `${token.slice(1)}'`, `${token.slice(1)}/`])
      expect(isAttachToken(bad)).toBe(false);
  });
});

describe('the manual attach command and script', () => {
  let curl: FakeCurl;
  beforeEach(() => {
    curl = fakeCurl();
  });
  afterEach(() => curl.dispose());
  const token = newAttachToken();

  it('fetches the script from the public URL and hands bash the instance id as one argument', async () => {
    const hostileId = "i-1'; touch marker; echo '";
    const echoArgs = `printf '%s\\0' "$@" > args`;
    curl = fakeCurl(echoArgs);
    const { code } = await curl.run(attachCommand(PUBLIC_URL, token, hostileId));
    expect(code).toBe(0);
    expect(curl.calls()).toEqual([['-fsSL', `${PUBLIC_URL}/api/v1/attach/${token}/script`]]);
    expect(execFileSync('cat', ['args'], { cwd: curl.dir, encoding: 'utf8' }).split('\0').slice(0, -1)).toEqual([
      '--instance-id',
      hostileId,
    ]);
    expect(existsSync(curl.marker)).toBe(false);
  });

  it('is valid bash that reports the instance to the public URL with exactly these arguments', async () => {
    const script = attachScript(PUBLIC_URL, token);
    execFileSync('bash', ['-n'], { input: script });
    const { code, stdout } = await curl.run(`bash -s -- --instance-id ${INSTANCE}`, script);
    expect(code).toBe(0);
    expect(stdout).toContain(`Registering ${INSTANCE} with the Container Service...`);
    expect(curl.calls()).toEqual([
      [
        '-sS',
        '--fail-with-body',
        '-X',
        'POST',
        '-H',
        'content-type: application/json',
        '-d',
        `{"instanceId":"${INSTANCE}"}`,
        `${PUBLIC_URL}/api/v1/attach/${token}`,
      ],
    ]);
  });

  it.each([['i-1$(touch marker)'], ['i-1"}, "x": "'], [''], ['`touch marker`']])(
    'refuses the instance id %j before sending anything',
    async (instanceId) => {
      const { code, stderr } = await curl.run(
        `bash -s -- --instance-id ${shellQuote(instanceId)}`,
        attachScript(PUBLIC_URL, token),
      );
      expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining('Usage: bash -s -- --instance-id') });
      expect(curl.calls()).toEqual([]);
      expect(existsSync(curl.marker)).toBe(false);
    },
  );

  it('refuses a missing --instance-id value instead of failing on an unbound variable', async () => {
    const { code, stderr } = await curl.run('bash -s -- --instance-id', attachScript(PUBLIC_URL, token));
    expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining('Usage:') });
  });
});
