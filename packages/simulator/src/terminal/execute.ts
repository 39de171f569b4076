import { seededRandom } from '../random.ts';
import { abortableSleep, runLine } from './run-line.ts';
import type { ShellWorld } from './world.ts';

/** Execute mode gives a command at most this long; what it printed until then is its answer. */
export const EXECUTE_BUDGET_MS = 10_000;
/** And at most this much output. */
export const EXECUTE_MAX_OUTPUT = 64 * 1024;

export interface ExecuteResult {
  output: string;
  exitCode: number;
  /** It ran out of time or output and was stopped. */
  truncated: boolean;
}

/** The guide's single-command Execute mode: runs one line to its end (ping stops after a few replies). */
export async function executeCommand(
  world: ShellWorld,
  line: string,
  options: { budgetMs?: number; sleep?(ms: number, signal: AbortSignal): Promise<boolean> } = {},
): Promise<ExecuteResult> {
  const controller = new AbortController();
  const budget = setTimeout(() => controller.abort(), options.budgetMs ?? EXECUTE_BUDGET_MS);
  let output = '';
  let truncated = false;
  const out = (text: string) => {
    if (output.length + text.length > EXECUTE_MAX_OUTPUT) {
      output += text.slice(0, EXECUTE_MAX_OUTPUT - output.length);
      truncated = true;
      controller.abort();
    } else output += text;
  };
  try {
    const result = await runLine(line, {
      world,
      out,
      signal: controller.signal,
      sleep: options.sleep ?? abortableSleep,
      random: seededRandom(`${world.self.id}:${world.now()}`),
      interactive: false,
    });
    return { output, exitCode: result.status, truncated: truncated || controller.signal.aborted };
  } finally {
    clearTimeout(budget);
  }
}
