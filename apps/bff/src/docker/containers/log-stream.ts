import type { Request, Response } from 'express';
import type { Container } from '@cs/domain';
import { containerLogLines } from '@cs/simulator';
import type { LogLine } from '@cs/simulator';
import { LogCursor, mayWrite } from '../../services/logs/log-cursor.ts';
import { logSubjects } from '../../services/logs/log-subjects.ts';
import type { DockerDeps } from '../docker-deps.ts';
import { DockerError } from '../api/docker-errors.ts';

/** How often a follower looks for new lines (real time). */
const FOLLOW_MS = 1_000;

const flag = (value: unknown) => value === '1' || value === 'true' || value === 'True';

function seconds(value: unknown, name: string): number | undefined {
  if (value === undefined || value === '' || value === '0') return undefined;
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0) throw new DockerError(400, `${name} must be a Unix time in seconds.`);
  return n * 1000;
}

function tailOf(value: unknown): number {
  if (value === undefined || value === '' || value === 'all') return Infinity;
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n)) throw new DockerError(400, 'tail must be a number of lines or "all".');
  return n < 0 ? Infinity : n;
}

/** Docker's multiplexed stream: an 8-byte header (stream, 0, 0, 0, length) before each chunk. */
function frame(stream: LogLine['stream'], text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream === 'stdout' ? 1 : 2;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

export interface LogRequest {
  stdout: boolean;
  stderr: boolean;
  follow: boolean;
  timestamps: boolean;
  tail: number;
  since: number | undefined;
  until: number | undefined;
}

export function readLogRequest(query: Request['query']): LogRequest {
  const request = {
    stdout: flag(query['stdout']),
    stderr: flag(query['stderr']),
    follow: flag(query['follow']),
    timestamps: flag(query['timestamps']),
    tail: tailOf(query['tail']),
    since: seconds(query['since'], 'since'),
    until: seconds(query['until'], 'until'),
  };
  if (!request.stdout && !request.stderr)
    throw new DockerError(400, 'Bad parameters: you must choose at least one stream');
  return request;
}

/**
 * `docker logs [--tail N] [-f] [-t] [--since]`: the lines derived for the container (nothing is
 * stored), then with `follow` the new ones each second until it stops or the client goes.
 */
export async function streamLogs(
  req: Request,
  res: Response,
  deps: DockerDeps,
  container: Container,
  request: LogRequest,
): Promise<void> {
  const subjectOf = logSubjects(deps.store);
  let open = true;
  req.on('close', () => (open = false));
  const write = (lines: LogLine[]) => {
    for (const line of lines) {
      if (!(line.stream === 'stdout' ? request.stdout : request.stderr)) continue;
      const text = request.timestamps ? `${line.timestamp} ${line.text}\n` : `${line.text}\n`;
      res.write(frame(line.stream, text));
    }
  };
  res.status(200).setHeader('Content-Type', 'application/vnd.docker.raw-stream');
  res.flushHeaders();
  const from = request.since ?? Date.parse(container.metadata.createdAt);
  const to = Math.min(request.until ?? Infinity, deps.now());
  let subject = await subjectOf(container);
  const tail = request.tail === 0 ? [] : containerLogLines(subject, { from, to }, request.tail);
  const cursor = new LogCursor(to, subject);
  cursor.remember(tail);
  write(tail);
  while (request.follow && open && request.until === undefined && mayWrite(subject)) {
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_MS));
    const current = await deps.store.containers.find(container.metadata.id);
    if (!current || !open) break;
    subject = await subjectOf(current);
    write(cursor.next(subject, deps.now(), Infinity));
  }
  res.end();
}
