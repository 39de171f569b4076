import type { Random } from '../random.ts';
import type { ShellWorld } from './world.ts';

/** What a command of the simulated shell is given: its words, the world, and the terminal. */
export interface CommandContext {
  argv: string[];
  world: ShellWorld;
  /** Writes output; lines end with `\n` (the session turns them into the terminal's `\r\n`). */
  out(text: string): void;
  /** Aborted by Ctrl-C. */
  signal: AbortSignal;
  /** Waits, as the command would; false when Ctrl-C cut it short. */
  sleep(ms: number): Promise<boolean>;
  random: Random;
  /** The single-command Execute mode bounds what would run until Ctrl-C (ping without -c). */
  interactive: boolean;
}

/** One command: its exit status. */
export type Command = (ctx: CommandContext) => number | Promise<number>;
