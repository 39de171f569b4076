import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { terminalPath } from '@cs/contracts';

/** The HTTP status a refused upgrade answers with. */
export const refusal = (ws: WebSocket) =>
  new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));

/** A terminal client: collects what the server writes, types, and waits for text or the close. */
export function connectTerminal(origin: string, containerId: string, headers: Record<string, string>) {
  const ws = new WebSocket(`${origin.replace('http', 'ws')}${terminalPath(containerId)}`, { headers });
  let screen = '';
  ws.on('message', (data) => (screen += data.toString()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const refused = refusal(ws);
  return {
    ws,
    closed,
    refused,
    screen: () => screen,
    type: (text: string) => ws.send(text),
    waitFor: (text: string) => expect.poll(() => screen, { timeout: 5_000 }).toContain(text),
  };
}
