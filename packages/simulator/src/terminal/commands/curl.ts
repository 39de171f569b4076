import type { Command } from '../command.ts';
import { HTTP_PORT, httpAnswer } from '../../web/http-answer.ts';
import { resolveHost } from '../resolve.ts';

/** How long a connection to a silent address takes to give up, as curl reports it. */
const UNREACHABLE_MS = 3_000;
const USAGE = "curl: try 'curl --help' for more information\n";

interface Request {
  head: boolean;
  include: boolean;
  silent: boolean;
  url?: string;
}

function parseArguments(argv: string[]): Request | string {
  const request: Request = { head: false, include: false, silent: false };
  for (const word of argv.slice(1)) {
    if (word === '-I' || word === '--head') request.head = true;
    else if (word === '-i' || word === '--include') request.include = true;
    else if (word === '-s' || word === '--silent' || word === '-sS') request.silent = true;
    else if (word.startsWith('-')) return `curl: option ${word}: is unknown\n${USAGE}`;
    else request.url = word;
  }
  return request.url ? request : `curl: no URL specified!\n${USAGE}`;
}

/** `http://host:port/path`, `host/path` or `host`. */
function parseUrl(url: string): { host: string; port: number; path: string } | undefined {
  const match = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d{1,5}))?([^#]*)/i.exec(url);
  if (!match) return undefined;
  const port = match[3] ? Number(match[3]) : match[1]?.toLowerCase() === 'https' ? 443 : HTTP_PORT;
  const path = match[4] || '/';
  return { host: match[2]!, port, path: path.startsWith('/') ? path : `/${path}` };
}

/** curl to a name of the cluster: answered by the target container's web server, as its image's profile has it. */
export const curl: Command = async (ctx) => {
  const { out, world } = ctx;
  const request = parseArguments(ctx.argv);
  if (typeof request === 'string') {
    out(request);
    return 2;
  }
  const url = parseUrl(request.url!);
  if (!url) {
    out(`curl: (3) URL rejected: Malformed input to a URL function\n`);
    return 3;
  }
  const resolved = await resolveHost(world, url.host);
  if (!resolved) {
    out(`curl: (6) Could not resolve host: ${url.host}\n`);
    return 6;
  }
  const host = resolved.hosts[0];
  if (host && !host.running) {
    const finished = await ctx.sleep(UNREACHABLE_MS);
    if (finished)
      out(
        `curl: (7) Failed to connect to ${url.host} port ${url.port} after ${UNREACHABLE_MS} ms: Host is unreachable\n`,
      );
    return 7;
  }
  const method = request.head ? 'HEAD' : 'GET';
  // A .local routing domain is served by the routing service, which balances it (the guide's restclient).
  const routed = url.host.toLowerCase().endsWith('.local') && world.routeHttp !== undefined;
  const answer =
    url.port !== HTTP_PORT
      ? undefined
      : routed
        ? await world.routeHttp!(url.host, method, url.path)
        : host && httpAnswer(host.image, method, url.path, world.now());
  if (!answer) {
    out(`curl: (7) Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server\n`);
    return 7;
  }
  if (request.head || request.include) {
    out(`HTTP/1.1 ${answer.status} ${answer.reason}\n`);
    for (const [name, value] of answer.headers) out(`${name}: ${value}\n`);
    out('\n');
  }
  if (!request.head) out(answer.body.replace(/\r\n/g, '\n'));
  return 0;
};
