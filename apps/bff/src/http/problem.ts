import type { Response } from 'express';
import type { FieldError } from '@cs/domain';

/** The problem types this API answers with; clients switch on `type`. */
export const PROBLEM_TYPES = {
  400: { type: '/problems/invalid-input', title: 'Invalid input' },
  401: { type: '/problems/unauthenticated', title: 'Sign in required' },
  403: { type: '/problems/forbidden', title: 'Forbidden' },
  404: { type: '/problems/not-found', title: 'Not found' },
  405: { type: '/problems/method-not-allowed', title: 'Method not allowed' },
  409: { type: '/problems/conflict', title: 'Conflict' },
  410: { type: '/problems/gone', title: 'Gone' },
  413: { type: '/problems/payload-too-large', title: 'Payload too large' },
  415: { type: '/problems/unsupported-media-type', title: 'Unsupported media type' },
  422: { type: '/problems/too-complex', title: 'Too complex' },
  429: { type: '/problems/too-many-requests', title: 'Too many requests' },
  500: { type: '/problems/internal', title: 'Internal error' },
  503: { type: '/problems/busy', title: 'Busy' },
} as const;

export type ProblemStatus = keyof typeof PROBLEM_TYPES;

/** Answers with application/problem+json (RFC 9457), carrying the request id. */
export function sendProblem(res: Response, status: ProblemStatus, detail: string, fieldErrors?: FieldError[]): void {
  res
    .status(status)
    .type('application/problem+json')
    .json({
      ...PROBLEM_TYPES[status],
      status,
      detail,
      requestId: res.locals.requestId,
      ...(fieldErrors ? { fieldErrors } : {}),
    });
}
