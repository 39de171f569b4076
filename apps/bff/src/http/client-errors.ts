import type { ProblemStatus } from './problem.ts';

export interface ClientProblem {
  status: ProblemStatus;
  detail: string;
}

/** Body-parser's errors carry a `type`; each is the client's fault. */
const BODY_PROBLEMS: Record<string, ClientProblem> = {
  'entity.parse.failed': { status: 400, detail: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, detail: 'The request body is larger than the server accepts.' },
  'entity.verify.failed': { status: 400, detail: 'The request body could not be read.' },
  'request.aborted': { status: 400, detail: 'The request body ended early.' },
  'request.size.invalid': { status: 400, detail: 'The request body is not as long as its Content-Length says.' },
  'charset.unsupported': { status: 415, detail: 'The request body must be UTF-8 JSON.' },
  'encoding.unsupported': {
    status: 415,
    detail: 'The request body has a Content-Encoding the server does not accept (gzip, deflate, br or identity).',
  },
};

const BY_STATUS: Partial<Record<number, ClientProblem>> = {
  400: { status: 400, detail: 'The request could not be read.' },
  404: { status: 404, detail: 'There is nothing at this address.' },
  405: { status: 405, detail: 'The method is not allowed here.' },
  413: BODY_PROBLEMS['entity.too.large'],
  415: { status: 415, detail: 'The request has a media type the server does not accept.' },
};

const fieldOf = (error: object, key: string): unknown =>
  key in error ? (error as Record<string, unknown>)[key] : undefined;

/**
 * What a thrown error says about the request when the client caused it: body-parser's errors
 * (a body that does not decompress is a 400, not a 500), a path parameter whose percent-encoding
 * is malformed, and http-errors' 4xx. Undefined for everything else, which is the server's fault.
 * Details never repeat the input.
 */
export function clientProblemOf(error: unknown): ClientProblem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const type = fieldOf(error, 'type');
  if (typeof type === 'string' && BODY_PROBLEMS[type]) return BODY_PROBLEMS[type];
  if (error instanceof URIError) return { status: 400, detail: 'The address has a malformed percent-encoding.' };
  const code = fieldOf(error, 'code');
  if (typeof code === 'string' && /^(Z_|ERR_BROTLI|ERR__)/.test(code))
    return { status: 400, detail: 'The request body is not compressed as its Content-Encoding says.' };
  const status = fieldOf(error, 'status') ?? fieldOf(error, 'statusCode');
  if (fieldOf(error, 'expose') !== true || typeof status !== 'number' || status < 400 || status >= 500)
    return undefined;
  return BY_STATUS[status] ?? BY_STATUS[400];
}
