import { repositoryName } from '../registry/registry.ts';
import { seededRandom } from '../random.ts';

/** How one execution of a batch container goes: how long it runs and the code it exits with. */
export interface BatchRun {
  durationMs: number;
  exitCode: number;
}

const SECOND = 1_000;
/** `sleep` longer than a day is taken as a day: a simulated job still ends. */
const MAX_SLEEP_SECONDS = 86_400;

/** Commands that print something and exit at once. */
const QUICK_COMMANDS = new Set([
  'date',
  'echo',
  'true',
  'hostname',
  'env',
  'pwd',
  'uname',
  'whoami',
  'ls',
  'cat',
  'id',
]);
/** Images whose default command (a shell with no input) exits at once. */
const QUICK_IMAGES = new Set(['busybox', 'alpine', 'ubuntu', 'debian', 'centos']);

/** The words of the command: an exec list as given, a shell string split at spaces (`sh -c` unwrapped). */
function commandWords(command: string | string[] | null): string[] {
  const words = Array.isArray(command) ? command : (command ?? '').trim().split(/\s+/).filter(Boolean);
  if ((words[0] === 'sh' || words[0] === 'bash' || words[0] === '/bin/sh') && words[1] === '-c')
    return commandWords(
      words
        .slice(2)
        .join(' ')
        .replace(/^["']|["']$/g, ''),
    );
  return words;
}

/**
 * One execution of a batch container, by the workload model: `date` and its like finish in a few
 * seconds, `sleep N` after N seconds, `false` with exit code 1, other images in tens of seconds.
 * Seeded by the container and the attempt, so a replay (an engine restart) draws the same.
 */
export function batchRun(
  image: string,
  command: string | string[] | null,
  containerId: string,
  attempt: number,
): BatchRun {
  const random = seededRandom(`batch:${containerId}:${attempt}`);
  const words = commandWords(command);
  const program = words[0]?.slice(words[0].lastIndexOf('/') + 1);
  if (program === 'sleep') {
    const seconds = Number(words[1]);
    const sleep = Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, MAX_SLEEP_SECONDS) : 0;
    return { durationMs: Math.round(sleep * SECOND + random.next() * SECOND), exitCode: 0 };
  }
  if (program === 'false') return { durationMs: Math.round(SECOND + random.next() * SECOND), exitCode: 1 };
  const quick =
    (program !== undefined && QUICK_COMMANDS.has(program)) ||
    (program === undefined && QUICK_IMAGES.has(repositoryName(image)));
  if (quick) return { durationMs: Math.round(2 * SECOND + random.next() * 3 * SECOND), exitCode: 0 };
  return { durationMs: Math.round(20 * SECOND + random.next() * 40 * SECOND), exitCode: 0 };
}
