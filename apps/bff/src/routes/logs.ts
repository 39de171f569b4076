import { Router } from 'express';
import type { Request } from 'express';
import { LOG_SUBJECT_KINDS, LogQuerySchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { LogRequest, LogService } from '../services/logs/log-service.ts';
import { downloadLine, logFileName } from '../services/logs/log-text.ts';
import { answeredHead, lastEventId, openEventStream } from '../streams/sse.ts';

function logRequest(req: Request): LogRequest {
  const { since, ...rest } = parseInput(LogQuerySchema, req.query);
  return { ...rest, ...(since !== undefined ? { since: Date.parse(since) } : {}) };
}

/**
 * `/{containers|services|applications}/:id/logs`: the lines as JSON, `/download` as `<name>.log`
 * in the guide's `name | time text` form, `/stream` as Server-Sent Events that follow new lines
 * (`event: lines`, the id the moment read up to, so `Last-Event-ID` resumes from there).
 */
export function createLogsRouter({ logs }: { logs: LogService }): Router & { closeAll: () => void } {
  const router = Router();
  const open = new Set<() => void>();

  for (const kind of LOG_SUBJECT_KINDS) {
    router.get(`/${kind}/:id/logs`, async (req, res) => {
      const request = logRequest(req);
      res.json(await logs.read(await logs.target(kind, req.params.id), request));
    });

    router.get(`/${kind}/:id/logs/download`, async (req, res) => {
      const request = logRequest(req);
      const target = await logs.target(kind, req.params.id);
      const { lines } = await logs.read(target, request);
      res.attachment(logFileName(target.name)).type('text/plain; charset=utf-8').send(lines.map(downloadLine).join(''));
    });

    router.get(`/${kind}/:id/logs/stream`, async (req, res) => {
      const request = logRequest(req);
      const target = await logs.target(kind, req.params.id);
      if (answeredHead(req, res)) return;
      const resumeAt = lastEventId(req, -1);
      const { first, follower } = await logs.follow(target, request, resumeAt >= 0 ? resumeAt : undefined);
      if (!res.socket || res.socket.destroyed) return; // gone while the tail was read
      const stream = openEventStream(req, res, () => {
        follower.stop();
        open.delete(stream.close);
      });
      open.add(stream.close);
      if (first) stream.send('lines', Date.parse(first.to), first);
      follower.run(
        (batch, id) => stream.send('lines', id, batch),
        () => stream.close(),
      );
    });
  }

  return Object.assign(router, { closeAll: () => [...open].forEach((close) => close()) });
}
