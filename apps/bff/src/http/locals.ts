import type { SessionRecord } from '../store/session-store.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      requestId: string;
      session?: SessionRecord;
      sessionTokenHash?: string;
    }
  }
}

export {};
