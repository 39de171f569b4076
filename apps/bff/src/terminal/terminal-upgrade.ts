import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { API_PREFIX, TERMINAL_CLOSE, TERMINAL_MAX_MESSAGE_BYTES } from '@cs/contracts';
import { DomainError } from '@cs/domain';
import { ShellSession } from '@cs/simulator';
import type { ShellWorld } from '@cs/simulator';
import { readCookie } from '../http/cookies.ts';
import { STATUS_OF_KIND } from '../http/error-handler.ts';
import { PROBLEM_TYPES } from '../http/problem.ts';
import type { ProblemStatus } from '../http/problem.ts';
import { SESSION_COOKIE } from '../http/require-session.ts';
import type { Logger } from '../logging/logger.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { TerminalService } from './terminal-service.ts';
import { TerminalSessions, shorten } from './terminal-sessions.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';
import type { Store } from '../store/store.ts';

const TERMINAL_PATH = new RegExp(`^${API_PREFIX}/containers/([^/]{1,128})/terminal$`);
/** A terminal nobody types into for this long is closed. */
export const IDLE_MS = 15 * 60_000;
/** A terminal whose user signed out (or whose session expired) closes within this long. */
export const SESSION_CHECK_MS = 60_000;
/** Open terminals one server holds at most. */
export const MAX_TERMINALS = 200;

export interface TerminalUpgradeDeps {
  auth: AuthService;
  terminals: TerminalService;
  store: Store;
  feed: ChangeFeed;
  logger: Logger;
  /** The console's own origin (PUBLIC_URL): a page of any other may not open a terminal. */
  publicUrl: string;
  idleMs?: number;
  /** How often an open terminal checks that its session is still signed in. */
  sessionCheckMs?: number;
}

class Refusal {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
  ) {}
}

/** Writes a plain HTTP answer (problem+json) on a socket that asked to upgrade, and ends it. */
function refuse(socket: Duplex, status: ProblemStatus, detail: string): void {
  const body = JSON.stringify({ ...PROBLEM_TYPES[status], status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The page's origin is the console's: PUBLIC_URL, or the host it was reached at (the dev proxy keeps it). */
function fromConsole(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  const host = req.headers.host;
  return origin === publicUrl || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`));
}

/**
 * The Web Terminal's WebSocket at `/api/v1/containers/:id/terminal` on the BFF's HTTP server:
 * checked (origin, session, container) before the upgrade, answered in plain HTTP when refused,
 * then a simulated shell per connection, closed when its container stops or goes.
 */
export function createTerminalUpgrade(deps: TerminalUpgradeDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: TERMINAL_MAX_MESSAGE_BYTES });
  const sessions = new TerminalSessions(deps.store, deps.feed);
  let closing = false;

  async function admit(req: IncomingMessage, containerId: string): Promise<{ world: ShellWorld; token: string }> {
    if (!fromConsole(req, deps.publicUrl)) throw new Refusal(403, 'Open the terminal from the console.');
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const found = token ? await deps.auth.authenticate(token) : undefined;
    if (!token || !found) throw new Refusal(401, 'Sign in to use the console.');
    if (closing) throw new Refusal(503, 'The server is shutting down.');
    if (sessions.size >= MAX_TERMINALS) throw new Refusal(503, 'Too many terminals are open; close one and try again.');
    try {
      return { world: (await deps.terminals.open(containerId)).world, token };
    } catch (error) {
      if (error instanceof DomainError) throw new Refusal(STATUS_OF_KIND[error.kind], error.message);
      throw error;
    }
  }

  function serve(ws: WebSocket, containerId: string, world: ShellWorld, token: string): void {
    let idle: ReturnType<typeof setTimeout> | undefined;
    const signedIn = setInterval(() => {
      void deps.auth.authenticate(token).then(
        (found) => {
          if (!found) close(TERMINAL_CLOSE.signedOut, 'Your session ended: sign in again to use the terminal.');
        },
        () => {},
      );
    }, deps.sessionCheckMs ?? SESSION_CHECK_MS);
    signedIn.unref();
    const close = (code: number, reason: string) => {
      shell.close();
      clearTimeout(idle);
      clearInterval(signedIn);
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, shorten(reason));
    };
    const resetIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(
        () =>
          close(
            TERMINAL_CLOSE.idle,
            `Closed after ${Math.round((deps.idleMs ?? IDLE_MS) / 60_000)} minutes without input.`,
          ),
        deps.idleMs ?? IDLE_MS,
      );
      idle.unref();
    };
    const shell = new ShellSession({
      world,
      write: (data) => {
        if (ws.readyState === ws.OPEN) ws.send(data);
      },
      onExit: () => close(TERMINAL_CLOSE.exited, 'The shell exited.'),
    });
    const forget = sessions.add(containerId, { close });
    ws.on('message', (data, isBinary) => {
      resetIdle();
      shell.input(isBinary ? '' : data.toString());
    });
    ws.on('close', () => {
      forget();
      shell.close();
      clearTimeout(idle);
      clearInterval(signedIn);
    });
    ws.on('error', (error) => {
      deps.logger.debug('terminal socket error', { error });
      close(TERMINAL_CLOSE.tooLarge, 'The message was too large.');
    });
    resetIdle();
    shell.start();
  }

  return {
    /** The HTTP server's `upgrade` listener: the terminal's path, or a 404. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy());
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      const match = TERMINAL_PATH.exec(pathname);
      if (!match) return refuse(socket, 404, 'No WebSocket is served here.');
      let containerId: string;
      try {
        containerId = decodeURIComponent(match[1]!);
      } catch {
        return refuse(socket, 400, 'The container id in the address is not valid.');
      }
      // PostgreSQL text cannot hold U+0000 (as `refuseNulInAddress` says for the other routes).
      if (containerId.includes('\0')) return refuse(socket, 400, 'The address contains a NUL character (%00).');
      admit(req, containerId)
        .then(({ world, token }) => {
          if (socket.destroyed) return;
          wss.handleUpgrade(req, socket, head, (ws) => serve(ws, containerId, world, token));
        })
        .catch((error: unknown) => {
          if (error instanceof Refusal) return refuse(socket, error.status, error.detail);
          deps.logger.error('terminal upgrade failed', { error });
          refuse(socket, 500, 'Something went wrong on our side.');
        });
    },
    /** Closes every terminal with a word to its user (server shutdown). */
    close(): void {
      closing = true;
      sessions.closeAll(TERMINAL_CLOSE.serverShutdown, 'The console is restarting; reconnect in a moment.');
      wss.close();
    },
  };
}

export type TerminalUpgrade = ReturnType<typeof createTerminalUpgrade>;
