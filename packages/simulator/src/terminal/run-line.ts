import type { Random } from '../random.ts';
import { parseCommandLine } from './command-line.ts';
import { COMMANDS } from './commands.ts';
import { environmentOf } from './commands/basics.ts';
import { notFound } from './image-shell.ts';
import type { ShellWorld } from './world.ts';

export interface LineRun {
  world: ShellWorld;
  out(text: string): void;
  signal: AbortSignal;
  sleep(ms: number, signal: AbortSignal): Promise<boolean>;
  random: Random;
  interactive: boolean;
}

/** What running a line ended with: its last status, and whether it asked the shell to exit. */
export interface LineResult {
  status: number;
  exit: boolean;
}

/** Runs one command line: each command in turn, `&&` skipping the rest after a failure, Ctrl-C stopping it. */
export async function runLine(line: string, run: LineRun): Promise<LineResult> {
  const parsed = parseCommandLine(line, environmentOf(run.world.self));
  if (!parsed.ok) {
    run.out(`${parsed.error}\n`);
    return { status: 2, exit: false };
  }
  let status = 0;
  let skip = false;
  for (const { argv, then } of parsed.commands) {
    if (run.signal.aborted) return { status: 130, exit: false };
    if (!skip) {
      const [name = ''] = argv;
      if (name === 'exit') return { status: Number(argv[1]) || 0, exit: true };
      const command = COMMANDS[name];
      if (command) {
        status = await command({
          argv,
          world: run.world,
          out: run.out,
          signal: run.signal,
          sleep: (ms) => run.sleep(ms, run.signal),
          random: run.random,
          interactive: run.interactive,
        });
      } else {
        run.out(`${notFound(run.world.self.image, name)}\n`);
        status = 127;
      }
    }
    skip = then === '&&' && status !== 0 ? true : then === ';' ? false : skip;
  }
  return { status, exit: false };
}

/** Waits `ms`, or less when `signal` aborts; resolves whether the wait ran out. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
