import { seededRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { MAX_LINE } from './command-line.ts';
import { shellPrompt } from './image-shell.ts';
import { abortableSleep, runLine } from './run-line.ts';
import type { ShellWorld } from './world.ts';

export interface ShellSessionOptions {
  world: ShellWorld;
  /** Bytes for the terminal (xterm.js): `\r\n` line ends, echo, prompts. */
  write(data: string): void;
  /** The user typed `exit` or Ctrl-D on an empty line. */
  onExit(status: number): void;
  random?: Random;
  sleep?(ms: number, signal: AbortSignal): Promise<boolean>;
}

const CTRL_C = '\x03';
const CTRL_D = '\x04';
const ESCAPE = '\x1b';

/** How long the escape sequence at `start` is (arrow keys: `ESC [ A`, `ESC O A`): the shell ignores them. */
function escapeLength(data: string, start: number): number {
  const kind = data[start + 1];
  if (kind === 'O') return 3;
  if (kind !== '[') return kind === undefined ? 1 : 2;
  let end = start + 2;
  while (end < data.length && !/[@-~]/.test(data[end]!)) end++;
  return end - start + 1;
}

/**
 * An interactive shell on a terminal: echoes what is typed, edits the line (backspace), runs it
 * on Enter, and stops the running command on Ctrl-C (`^C`, as a tty echoes it).
 */
export class ShellSession {
  private line = '';
  private running: AbortController | undefined;
  private closed = false;
  private atLineStart = true;
  private readonly random: Random;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<boolean>;

  constructor(private readonly options: ShellSessionOptions) {
    this.random = options.random ?? seededRandom(`${options.world.self.id}:${options.world.now()}`);
    this.sleep = options.sleep ?? abortableSleep;
  }

  get prompt(): string {
    return shellPrompt(this.options.world.self.image, this.options.world.self.hostname);
  }

  start(): void {
    this.options.write(this.prompt);
  }

  /** Keystrokes from the terminal. */
  input(data: string): void {
    for (let i = 0; i < data.length && !this.closed; i++) {
      const c = data[i]!;
      if (this.running) {
        if (c === CTRL_C) this.interrupt();
        continue;
      }
      if (c === ESCAPE) {
        i += escapeLength(data, i) - 1;
      } else if (c === '\r' || c === '\n') {
        if (c === '\n' && data[i - 1] === '\r') continue;
        this.options.write('\r\n');
        this.submit();
      } else if (c === '\x7f' || c === '\b') {
        if (this.line.length > 0) {
          this.line = this.line.slice(0, -1);
          this.options.write('\b \b');
        }
      } else if (c === CTRL_C) {
        this.line = '';
        this.options.write(`^C\r\n${this.prompt}`);
      } else if (c === CTRL_D) {
        if (this.line.length === 0) this.exit(0);
      } else if (c >= ' ' && this.line.length < MAX_LINE) {
        this.line += c;
        this.options.write(c);
      }
    }
  }

  /** Stops whatever runs; no more output. */
  close(): void {
    this.closed = true;
    this.running?.abort();
  }

  private interrupt(): void {
    this.options.write('^C');
    this.atLineStart = false;
    this.running?.abort();
  }

  private exit(status: number): void {
    this.closed = true;
    this.options.write('exit\r\n');
    this.options.onExit(status);
  }

  private submit(): void {
    const line = this.line;
    this.line = '';
    if (line.trim() === '') return this.options.write(this.prompt);
    const controller = new AbortController();
    this.running = controller;
    this.atLineStart = true;
    const out = (text: string) => {
      if (this.closed || text === '') return;
      this.options.write(text.replace(/\r?\n/g, '\r\n'));
      this.atLineStart = text.endsWith('\n');
    };
    void runLine(line, {
      world: this.options.world,
      out,
      signal: controller.signal,
      sleep: this.sleep,
      random: this.random,
      interactive: true,
    })
      .catch(() => ({ status: 1, exit: false }))
      .then((result) => {
        this.running = undefined;
        if (this.closed) return;
        if (result.exit) return this.exit(result.status);
        // After ^C the prompt starts a line of its own (ping's statistics already end one).
        if (controller.signal.aborted && !this.atLineStart) this.options.write('\r\n');
        this.options.write(this.prompt);
      });
  }
}
