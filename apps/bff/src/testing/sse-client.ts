import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';

export interface SseStream<T> {
  events: { id: number; event: string; data: T }[];
  /** Resolves once `count` messages have arrived. */
  next(count: number): Promise<void>;
  close(): void;
}

/** Opens a Server-Sent Events stream on a listening BFF and parses its messages as they arrive. */
export function openSseStream<T>(
  origin: string,
  path: string,
  cookie: string,
  parse: (data: unknown) => T,
  lastEventId?: number | string,
): Promise<SseStream<T>> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
    const req = get(`${origin}${path}`, { headers }, (res: IncomingMessage) => {
      if (res.headers['content-type'] !== 'text/event-stream; charset=utf-8') {
        reject(new Error(`not an event stream: ${res.statusCode} ${res.headers['content-type']}`));
        return;
      }
      const events: SseStream<T>['events'] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(message)?.[1];
          const event = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (id && event && data) events.push({ id: Number(id), event, data: parse(JSON.parse(data)) });
        }
        waiters.splice(0).forEach((w) => w());
      });
      resolve({
        events,
        next: (count) =>
          new Promise<void>((done) => {
            const check = () => (events.length >= count ? done() : waiters.push(check));
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}
