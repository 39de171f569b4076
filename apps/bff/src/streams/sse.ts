import type { Request, Response } from 'express';

const HEARTBEAT_MS = 15_000;
const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  'x-accel-buffering': 'no',
};

/**
 * Answers a HEAD of a stream with the headers a GET would get, and no stream: Express routes
 * HEAD to the GET handler, and a stream left open for it would never end. True when it did.
 */
export function answeredHead(req: Request, res: Response): boolean {
  if (req.method !== 'HEAD') return false;
  res.writeHead(200, STREAM_HEADERS).end();
  return true;
}

/** The Last-Event-ID a reconnecting client sent, when it is a change or event id; otherwise `fallback`. */
export function lastEventId(req: Request, fallback: number): number {
  const header = req.get('last-event-id');
  const id = header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : NaN;
  return Number.isSafeInteger(id) ? id : fallback;
}

/**
 * Opens a Server-Sent Events response with a heartbeat; `onClose` runs once, however it ends.
 * Event names are the callers' constants and data is JSON, which escapes every line break, so
 * nothing in the data can start a field or an event of its own.
 */
export function openEventStream(
  req: Request,
  res: Response,
  onClose: () => void,
): { send(event: string, id: number, data: unknown): void; close(): void } {
  res.writeHead(200, { ...STREAM_HEADERS, connection: 'keep-alive' });
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
