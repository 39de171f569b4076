import { imageLinesOf } from '../logs/image-families.ts';
import { repositoryName } from '../registry/registry.ts';

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

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const nginxNotFound = (server: string) =>
  `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;

const apacheNotFound = (path: string) =>
  `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ${path} was not found on this server.</p>\n</body></html>\n`;

/** The page a path shows: nginx's welcome page, Apache's "It works!", or a page titled after the site. */
function pageOf(repository: string, server: string, path: string, status: number): string {
  const nginx = server.startsWith('nginx');
  if (status === 404) return nginx ? nginxNotFound(server) : apacheNotFound(path);
  if (nginx) return NGINX_WELCOME;
  if (repository === 'httpd') return '<html><body><h1>It works!</h1></body></html>\n';
  return `<!DOCTYPE html>\n<html><head><title>${repository}</title></head><body><h1>${repository}</h1></body></html>\n`;
}

/**
 * The answer of a container of `image` to `method path`: from its image's access-log profile
 * (the paths its visitors ask for and their status), undefined when the image serves no HTTP.
 */
export function httpAnswer(image: string, method: string, path: string, now: number): HttpAnswer | undefined {
  const style = imageLinesOf(image).access;
  if (!style) return undefined;
  const repository = repositoryName(image);
  const known = style.requests.find((r) => r.path === path && (r.method === method || method === 'HEAD'));
  const status = known ? known.status : 404;
  const body = pageOf(repository, style.server, path, status);
  const nginx = style.server.startsWith('nginx');
  const headers: [string, string][] = [
    ['Server', style.server],
    ['Date', new Date(now).toUTCString()],
    ['Content-Type', nginx ? 'text/html' : 'text/html; charset=UTF-8'],
    ['Content-Length', String(Buffer.byteLength(body))],
  ];
  if (status === 302) headers.push(['Location', '/wp-admin/']);
  headers.push(['Connection', 'keep-alive']);
  return { status, reason: REASONS[status] ?? 'OK', headers, body: method === 'HEAD' ? '' : body };
}
