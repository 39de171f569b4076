import { PROXY_LIMITS } from './limits.ts';
import type { Warn } from './text.ts';

const BASE64_LINE = /^[A-Za-z0-9+/=]{1,128}$/;
const BEGIN = /^-----BEGIN ([A-Z0-9 ]{1,40})-----$/;
const END = /^-----END ([A-Z0-9 ]{1,40})-----$/;

/**
 * A certificate value (DEFAULT_SSL_CERT, SSL_CERT, CA_CERT) turned back into a PEM file: the guide's
 * one-line form uses `\n` (two characters) between lines. Only PEM blocks are accepted, and a
 * server certificate needs its private key.
 */
export function readPem(name: string, raw: string, warn: Warn, needsKey: boolean): string | undefined {
  if (raw.length > PROXY_LIMITS.certificateLength) {
    warn(`${name} is longer than ${PROXY_LIMITS.certificateLength} characters; ignored.`);
    return undefined;
  }
  const lines = raw
    .replaceAll('\\n', '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const blocks: string[] = [];
  let open: string | undefined;
  let valid = lines.length > 0;
  for (const line of lines) {
    if (!valid) break;
    const begin = BEGIN.exec(line);
    const end = END.exec(line);
    if (begin) {
      valid = open === undefined;
      open = begin[1];
    } else if (end) {
      valid = open === end[1];
      if (open) blocks.push(open);
      open = undefined;
    } else valid = open !== undefined && BASE64_LINE.test(line);
  }
  valid = valid && open === undefined && blocks.includes('CERTIFICATE');
  if (valid && needsKey && !blocks.some((block) => block.endsWith('PRIVATE KEY'))) {
    warn(`${name} has no private key: the pem file is the private key followed by the certificate; ignored.`);
    return undefined;
  }
  if (!valid) {
    warn(`${name} is not a pem file (private key followed by public certificate, '\\n' between lines); ignored.`);
    return undefined;
  }
  return `${lines.join('\n')}\n`;
}
