import { AsyncLocalStorage } from 'node:async_hooks';

/** Who made a call: a console user, or a caller without one (a Docker client, the attach script). */
export interface OperationActor {
  userId?: string;
  userName: string;
}

export interface OperationStart {
  requestId: string;
  /** When the request arrived, in the store's time: a record written after the response is dated so. */
  startedAt: string;
  method: string;
  action: string;
  resourceKind?: string;
  resourceId?: string;
  clusterId?: string;
  /** Read when the record is written: sign-in names its user only once it has succeeded. */
  actor: () => OperationActor | undefined;
  /** A record that could not be written: logged, never the request's failure. */
  onRecordError: (error: unknown) => void;
}

/**
 * One mutating request being recorded. The first write transaction of the request claims it and
 * writes its record inside: the record commits, or rolls back, with the change.
 */
export class Operation {
  readonly requestId: string;
  readonly startedAt: string;
  readonly method: string;
  readonly action: string;
  readonly resourceKind: string | undefined;
  readonly actor: () => OperationActor | undefined;
  readonly onRecordError: (error: unknown) => void;
  resourceId: string | undefined;
  clusterId: string | undefined;
  /** The id of its committed record, once there is one. */
  recordId: number | undefined;
  private readonly namedByPath: string | undefined;
  private claimed = false;
  private closed = false;

  constructor(start: OperationStart) {
    this.requestId = start.requestId;
    this.startedAt = start.startedAt;
    this.method = start.method;
    this.action = start.action;
    this.resourceKind = start.resourceKind;
    this.resourceId = start.resourceId;
    this.namedByPath = start.resourceId;
    this.clusterId = start.clusterId;
    this.actor = start.actor;
    this.onRecordError = start.onRecordError;
  }

  /** Whether the transaction starting now writes the record: the first one, while the request is open. */
  claim(): boolean {
    if (this.claimed || this.closed) return false;
    this.claimed = true;
    return true;
  }

  /** The claiming transaction rolled back: the next one records instead, and names the resource anew. */
  release(): void {
    this.claimed = false;
    this.resourceId = this.namedByPath;
  }

  /** The response is sent: writes still running in its async context (the simulation's) are not its own. */
  close(): void {
    this.closed = true;
  }

  /** A write of the request: the first one of the operation's kind names the resource (a created one's id). */
  noteChange(kind: string, id: string): void {
    if (this.resourceId === undefined && kind === this.resourceKind) this.resourceId = id;
  }
}

const storage = new AsyncLocalStorage<Operation>();

export const currentOperation = (): Operation | undefined => storage.getStore();

export const runInOperation = <T>(operation: Operation, work: () => T): T => storage.run(operation, work);

/** Runs `work` outside any operation: what it starts (the change feed's readers) belongs to no request. */
export const outsideOperation = <T>(work: () => T): T => storage.exit(work);
