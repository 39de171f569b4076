import { escapeWord, shown } from './text.ts';
import type { Warn } from './text.ts';
import { words } from './values.ts';

const METHOD = /^[A-Za-z]{1,16}$/;
const URI = /^[!$&(-[\]-~]{1,1024}$/;
const VERSION = /^HTTP\/\d\.\d$/;
const HEADER = /^([A-Za-z0-9-]{1,64}):[ ]*([!-~][ -~]{0,1023})$/;

/**
 * HTTP_CHECK, e.g. "OPTIONS * HTTP/1.1\r\nHost: www" (HAProxy:httpchk). The headers after `\r\n`
 * (written out or real) become `http-check send hdr`, which replaces 1.x's hidden-header trick.
 */
export function readHttpCheck(name: string, value: string, warn: Warn): string[] | undefined {
  const [requestLine = '', ...headers] = value.split(/\\r\\n|\r\n|\n/);
  const [method = '', uri = '', version, ...rest] = words(requestLine);
  const valid =
    METHOD.test(method) && URI.test(uri) && (version === undefined || VERSION.test(version)) && rest.length === 0;
  const headerLines = headers.filter((line) => line.trim() !== '').map((line) => HEADER.exec(line));
  if (!valid || headerLines.some((match) => !match)) {
    warn(`${name}: ${shown(value)} is not <method> <uri> [<version>][\\r\\n<header>: <value>…]; ignored.`);
    return undefined;
  }
  return [
    `option httpchk ${[method, uri, version].filter(Boolean).join(' ')}`,
    ...headerLines.map(
      (match) => `http-check send hdr ${match?.[1]} ${escapeWord((match?.[2] ?? '').replaceAll('%', '%%'))}`,
    ),
  ];
}
