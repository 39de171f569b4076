import type { ProxyRequest, ProxyScheme } from '../request.ts';
import { defaultPort } from '../request.ts';
import type { VirtualHost } from '../virtual-host.ts';

const URL_TEXT = /^(?:(https?|wss?):\/\/)?([^/?]+)(.*)$/;

function split(text: string): { scheme: ProxyScheme; authority: string; rest: string } {
  const match = URL_TEXT.exec(text);
  if (!match) throw new Error(`not a URL in the guide's notation: ${text}`);
  const [, scheme = 'http', authority = '', rest = ''] = match;
  return { scheme: scheme as ProxyScheme, authority, rest };
}

/** A VIRTUAL_HOST entry of the guide's notation (`https://*.domain.com:444/path*`) as the parser gives it. */
export function virtualHostOf(text: string): VirtualHost {
  const { scheme, authority, rest } = split(text);
  const colon = authority.lastIndexOf(':');
  const domain = colon < 0 ? authority : authority.slice(0, colon);
  const port = colon < 0 ? defaultPort(scheme) : Number(authority.slice(colon + 1));
  return { scheme, domain, port, ...(rest ? { path: rest } : {}) };
}

/** The request a browser sends for a URL of the guide's notation (`domain.org/path?u=user`). */
export function requestOf(url: string): ProxyRequest {
  const { scheme, authority, rest } = split(url);
  return { scheme, host: authority, path: rest || '/' };
}
