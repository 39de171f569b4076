import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProxyConfig } from './generate.ts';
import { guideSamples } from './guide-samples.fixture.ts';
import { INJECTED, randomProxyInputs } from './random-inputs.fixture.ts';
import type { ProxyCandidateService, ProxyService } from './types.ts';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['haproxy', 'openssl'].filter((c) => !onPath(c));
// `npm test` installs it (scripts/bootstrap.sh --with-browser): under CI a missing binary is a failure.
if (missing.length > 0 && process.env['CI'] === 'true') throw new Error(`${missing.join(' and ')} not installed`);
if (missing.length > 0)
  it.skip(`skipped: the real HAProxy checks (${missing.join(' and ')} not installed; npm test installs them)`);

const work = mkdtempSync(join(tmpdir(), 'haproxy-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pemFiles = new Map<string, string>();
/** A self-signed key + certificate for `name`, as the guide's openssl commands make it. */
function pemFile(name: string): string {
  const cached = pemFiles.get(name);
  if (cached) return cached;
  const dir = mkdtempSync(join(work, 'cert-'));
  const run = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '30',
    '-subj',
    `/CN=${name}/O=My Company Name LTD./C=US`,
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'ca.pem'),
  ]);
  if (run.status !== 0) throw new Error(run.stderr.toString());
  const pem = readFileSync(join(dir, 'key.pem'), 'utf8') + readFileSync(join(dir, 'ca.pem'), 'utf8');
  pemFiles.set(name, pem);
  return pem;
}
/** `awk 1 ORS='\\n' cert.pem`: the one-line form the guide puts in SSL_CERT and DEFAULT_SSL_CERT. */
const pemLine = (name: string) => pemFile(name).split('\n').join('\\n');

let checks = 0;
/** Generates under a fresh root, writes the config and its files there, and runs `haproxy -c`. */
function check(proxy: ProxyService, services: ProxyCandidateService[], mounts: Record<string, string> = {}) {
  const root = join(work, `check-${(checks += 1)}`);
  const result = generateProxyConfig(proxy, services, { root });
  for (const [path, content] of Object.entries(mounts)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const file of result.files) {
    expect(file.path.startsWith(`${root}/`)).toBe(true);
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
  }
  mkdirSync(join(root, 'var/run'), { recursive: true });
  const config = join(root, 'haproxy.cfg');
  writeFileSync(config, result.config);
  const run = spawnSync('haproxy', ['-c', '-f', config], { encoding: 'utf8' });
  return { ...result, status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(missing.length > 0)('the generated configuration, checked by the real haproxy -c', () => {
  it('runs Debian’s HAProxy 2.x', () => {
    expect(spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).stdout).toMatch(/^HAProxy version 2\./);
  });

  for (const sample of guideSamples(pemLine, pemFile))
    it(`is valid for the guide's "${sample.title}"`, () => {
      const result = check(sample.proxy, sample.services, sample.mounts);
      expect(result.output).toContain('Configuration file is valid');
      expect(result.status, `${result.output}\n${result.config}`).toBe(0);
      expect(result.warnings).toEqual([]);
    });

  it('is valid for 100 random proxies and services, hostile values included, and no refused value starts a directive', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const { proxy, services } = randomProxyInputs(seed);
      const result = check(proxy, services);
      expect(result.status, `seed ${seed}\n${result.output}\n${result.config}`).toBe(0);
      // Sanitised names may keep the word; a directive of its own never appears.
      expect(result.config.split('\n').filter((line) => line.trim().startsWith(INJECTED))).toEqual([]);
    }
  }, 120_000);
});
