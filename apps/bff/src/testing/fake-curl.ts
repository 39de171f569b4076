import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface FakeCurl {
  /** A directory to run in; a hostile value would create `marker` in it. */
  dir: string;
  marker: string;
  /** Runs `bash -c command` with the fake curl first on PATH. */
  run(command: string, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The argument lists curl was called with, in order. */
  calls(): string[][];
  dispose(): void;
}

/**
 * A `curl` that records its arguments (NUL-separated, one file per call) and prints `output`,
 * so a script meant for a real instance can be run here and what it would send be read back.
 */
export function fakeCurl(output = ''): FakeCurl {
  const dir = mkdtempSync(join(tmpdir(), 'cs-curl-'));
  const bin = join(dir, 'bin');
  const calls = join(dir, 'calls');
  mkdirSync(bin);
  mkdirSync(calls);
  writeFileSync(join(dir, 'output'), output);
  writeFileSync(
    join(bin, 'curl'),
    `#!/bin/sh\nn=$(ls '${calls}' | wc -l)\nprintf '%s\\0' "$@" > '${calls}'/$n\ncat '${join(dir, 'output')}'\n`,
  );
  chmodSync(join(bin, 'curl'), 0o755);
  return {
    dir,
    marker: join(dir, 'marker'),
    async run(command, stdin) {
      const child = promisify(execFile)('bash', ['-c', command], {
        cwd: dir,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      });
      if (stdin !== undefined) child.child.stdin?.end(stdin);
      try {
        const { stdout, stderr } = await child;
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    calls() {
      const out: string[][] = [];
      for (let n = 0; existsSync(join(calls, String(n))); n++)
        out.push(
          readFileSync(join(calls, String(n)), 'utf8')
            .split('\0')
            .slice(0, -1),
        );
      return out;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
