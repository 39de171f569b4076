import { imageLinesOf } from '../logs/image-families.ts';
import { repositoryName } from '../registry/registry.ts';
import { apacheNotFound, escapeHtml, helloWorld, nginxNotFound, nginxWelcome, wordpressHome } from './pages.ts';
import type { ServedBy } from './pages.ts';

/** What a web server answers a request with. */
export interface HttpAnswer {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

/** Web servers listen on 80 in the images this simulates (the logs' access-log families). */
export const HTTP_PORT = 80;

const REASONS: Readonly<Record<number, string>> = { 200: 'OK', 302: 'Found', 404: 'Not Found' };

/** The page a path shows: nginx's welcome page, WordPress's first post, Apache's "It works!", or a page titled after the site. */
function pageOf(repository: string, server: string, path: string, status: number, servedBy?: ServedBy): string {
  const nginx = server.startsWith('nginx');
  if (status === 404) return nginx ? nginxNotFound(server) : apacheNotFound(path);
  if (nginx) return nginxWelcome(servedBy);
  if (repository === 'wordpress' && (path === '/' || path === '/?p=1')) return wordpressHome(servedBy);
  if (repository === 'httpd') return '<html><body><h1>It works!</h1></body></html>\n';
  const site = escapeHtml(repository);
  return `<!DOCTYPE html>\n<html><head><title>${site}</title></head><body><h1>${site}</h1></body></html>\n`;
}

/** Content-Length follows Content-Type, where nginx and Apache put it. */
function answer(status: number, headers: [string, string][], body: string, method: string): HttpAnswer {
  const at = headers.findIndex(([name]) => name === 'Content-Type') + 1;
  const length: [string, string] = ['Content-Length', String(Buffer.byteLength(body))];
  return {
    status,
    reason: REASONS[status] ?? 'OK',
    headers: [...headers.slice(0, at), length, ...headers.slice(at)],
    body: method === 'HEAD' ? '' : body,
  };
}

/**
 * The answer of a container of `image` to `method path`: from its image's access-log profile
 * (the paths its visitors ask for and their status), undefined when the image serves no HTTP.
 * `servedBy` names the container on the pages that can show it (requests through a load balancer).
 */
export function httpAnswer(
  image: string,
  method: string,
  path: string,
  now: number,
  servedBy?: ServedBy,
): HttpAnswer | undefined {
  const repository = repositoryName(image);
  const date: [string, string] = ['Date', new Date(now).toUTCString()];
  if (repository === 'hello-world')
    return answer(200, [['Server', 'nginx/1.8.1'], date, ['Content-Type', 'text/html']], helloWorld(servedBy), method);
  const style = imageLinesOf(image).access;
  if (!style) return undefined;
  const known = style.requests.find((r) => r.path === path && (r.method === method || method === 'HEAD'));
  const status = known ? known.status : 404;
  const nginx = style.server.startsWith('nginx');
  const headers: [string, string][] = [
    ['Server', style.server],
    date,
    ['Content-Type', nginx ? 'text/html' : 'text/html; charset=UTF-8'],
  ];
  if (status === 302) headers.push(['Location', '/wp-admin/']);
  headers.push(['Connection', 'keep-alive']);
  return answer(status, headers, pageOf(repository, style.server, path, status, servedBy), method);
}
