import { z } from 'zod';
import { API_PREFIX } from './api-prefix.ts';

/** The longest line the container's shell takes (the simulator's `MAX_LINE`). */
export const TERMINAL_MAX_LINE = 1024;
/** The largest WebSocket message a terminal sends: a paste of a few lines. */
export const TERMINAL_MAX_MESSAGE_BYTES = 16 * 1024;

/** Control characters but the tab: a command is one line of text. */
const isControl = (ch: string) => {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && ch !== '\t') || code === 0x7f;
};

/** Execute: one command in the container, answered when it ends. */
export const ExecRequestSchema = z.object({
  command: z
    .string('Enter a command.')
    .trim()
    .min(1, 'Enter a command.')
    .max(TERMINAL_MAX_LINE, `A command has at most ${TERMINAL_MAX_LINE} characters.`)
    .refine((c) => ![...c].some(isControl), 'A command holds no control characters.'),
});
export type ExecRequest = z.input<typeof ExecRequestSchema>;

export const ExecResponseSchema = z.object({
  command: z.string(),
  output: z.string(),
  exitCode: z.number().int(),
  /** Stopped because it ran out of time or output (a ping without -c stops after a few replies). */
  truncated: z.boolean(),
});
export type ExecResponse = z.infer<typeof ExecResponseSchema>;

/**
 * Why the server closed a terminal: WebSocket close codes, the reason text beside them. The
 * 4000s are this API's own; 1000 is a shell that exited, 1001 the server going away.
 */
export const TERMINAL_CLOSE = {
  exited: 1000,
  serverShutdown: 1001,
  tooLarge: 1009,
  containerStopped: 4001,
  containerRemoved: 4002,
  idle: 4003,
  signedOut: 4004,
} as const;

/** The terminal's WebSocket: raw terminal data both ways, as text frames. */
export const terminalPath = (containerId: string) =>
  `${API_PREFIX}/containers/${encodeURIComponent(containerId)}/terminal`;
