import type { Request, Response } from 'express';

const HEARTBEAT_MS = 15_000;

/** Opens a Server-Sent Events response with a heartbeat; `onClose` runs once, however it ends. */
export function openEventStream(
  req: Request,
  res: Response,
  onClose: () => void,
): { send(event: string, id: number, data: unknown): void; close(): void } {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    onClose();
    res.end();
  };
  req.on('close', close);
  return {
    send: (event, id, data) => {
      if (!closed) res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close,
  };
}
