import { TERMINAL_CLOSE, terminalPath } from '@cs/contracts';

/** The terminal's WebSocket on the page's own origin (the dev server proxies it to the BFF). */
export function terminalUrl(
  containerId: string,
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${terminalPath(containerId)}`;
}

/** What the page says when the terminal closed: the server's reason, or what the code means. */
export function closeMessage(code: number, reason: string): string {
  if (reason) return reason;
  if (code === TERMINAL_CLOSE.exited) return 'The shell exited.';
  if (code === TERMINAL_CLOSE.serverShutdown) return 'The console is restarting; reconnect in a moment.';
  // A refused upgrade (not running, signed out) reaches the browser only as 1006.
  return 'The connection was refused or lost. The container may have stopped, or your session ended.';
}

/** Shells the bar's command opens as an interactive terminal rather than running once. */
const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'ash']);
export const opensShell = (command: string) => SHELLS.has(command.trim());
