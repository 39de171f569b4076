import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TemplateAnalysis } from '@cs/compose';
import { AnalysisBusyError, AnalysisTooComplexError } from './analysis-errors.ts';
import type { AnalysisJob, AnalysisReply } from './analysis-messages.ts';

/** Analyses templates; the BFF's one is the pool, so no analysis runs on the request thread. */
export interface TemplateAnalyzer {
  analyze(content: string, variables?: Readonly<Record<string, string>>): Promise<TemplateAnalysis>;
}

export interface AnalysisPoolOptions {
  /** Worker threads; default one per available core. */
  size?: number;
  /** Analyses that may wait for a worker; more are answered busy at once. */
  queueLimit?: number;
  /** How long one analysis may run, and at most wait, before it is refused. */
  budgetMs?: number;
  /** Heap of one worker: an analysis that needs more is as refused as one that runs too long. */
  memoryMb?: number;
  /** The worker's entry (tests give a slow or broken one). */
  entry?: URL;
}

export const ANALYSIS_BUDGET_MS = 2_000;
const DEFAULT_ENTRY = new URL('./analysis-worker.mjs', import.meta.url);

interface Pending {
  job: AnalysisJob;
  queuedAt: number;
  resolve(analysis: TemplateAnalysis): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy';
  running?: Pending;
  timer?: ReturnType<typeof setTimeout>;
}

const isOutOfMemory = (error: unknown) => (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Template analysis off the event loop (ADR 010): a few worker threads, started when first
 * needed, and a bounded queue. An analysis waits at most one budget for a worker and runs at most
 * one budget; past that its worker is terminated and replaced. So whatever a request sends, it
 * is answered within two budgets and delays no other request.
 */
export class AnalysisPool implements TemplateAnalyzer {
  readonly size: number;
  readonly queueLimit: number;
  readonly budgetMs: number;
  private readonly memoryMb: number;
  private readonly entry: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** When a worker first became ready: waiting for the first boot is not the caller's wait. */
  private readySince: number | undefined;
  private warmed = false;
  private closed = false;
  /** Fires when the oldest waiting analysis has waited a whole budget. */
  private waitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AnalysisPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.queueLimit = options.queueLimit ?? 16 * this.size;
    this.budgetMs = options.budgetMs ?? ANALYSIS_BUDGET_MS;
    this.memoryMb = options.memoryMb ?? 512;
    this.entry = options.entry ?? DEFAULT_ENTRY;
  }

  analyze(content: string, variables?: Readonly<Record<string, string>>): Promise<TemplateAnalysis> {
    if (this.closed) return Promise.reject(new Error('The analysis pool is closed.'));
    if (this.queue.length >= this.queueLimit) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, content, variables }, queuedAt: performance.now(), resolve, reject });
      this.fill();
      this.dispatch();
      this.armWaitTimer();
    });
  }

  /** Starts every worker now (and keeps them), so the first analyses do not wait for one to boot. */
  warm(): void {
    this.warmed = true;
    this.fill();
  }

  /** Threads running now, for tests that check none is left behind. */
  get threads(): number {
    return this.slots.length;
  }

  /** Analyses waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Analyses running now. */
  get running(): number {
    return this.slots.filter((slot) => slot.running).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.waitTimer);
    const closed = new Error('The analysis pool is closed.');
    for (const pending of this.queue.splice(0)) pending.reject(closed);
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, closed)));
  }

  private busy(): AnalysisBusyError {
    return new AnalysisBusyError(Math.ceil(this.budgetMs / 1000));
  }

  private fill(): void {
    if (this.closed || (!this.warmed && this.queue.length === 0)) return;
    while (this.slots.length < this.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.entry, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    const slot: Slot = { worker, state: 'starting' };
    worker.on('message', (reply: AnalysisReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onFailure(slot, error));
    worker.on('exit', (code) => this.onFailure(slot, new Error(`The analysis worker exited with code ${code}.`)));
    this.slots.push(slot);
  }

  private onReply(slot: Slot, reply: AnalysisReply): void {
    if (reply.type === 'ready') {
      slot.state = 'idle';
      this.readySince ??= performance.now();
      this.dispatch();
      return this.armWaitTimer();
    }
    const running = slot.running;
    if (running?.job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.running = undefined;
    slot.state = 'idle';
    if (reply.type === 'done') running.resolve(reply.analysis);
    else running.reject(new Error(`The template analysis failed: ${reply.message}`));
    this.dispatch();
  }

  /**
   * A worker died (crashed, ran out of memory, could not start): its job fails and it is replaced.
   * One that never started is not: it would fail again, so once no worker is left what waits is
   * refused, and the next analysis tries again.
   */
  private onFailure(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    const started = slot.state !== 'starting';
    this.slots.splice(this.slots.indexOf(slot), 1);
    void this.stop(slot, isOutOfMemory(error) ? new AnalysisTooComplexError(this.budgetMs) : error);
    if (started) return this.fill();
    if (this.slots.length > 0) return;
    const cause = new Error(`The analysis worker could not start: ${error.message}`);
    for (const pending of this.queue.splice(0)) pending.reject(cause);
  }

  private onTimeout(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    void this.stop(slot, new AnalysisTooComplexError(this.budgetMs));
    this.fill();
    this.dispatch();
  }

  private async stop(slot: Slot, reason: Error): Promise<void> {
    clearTimeout(slot.timer);
    slot.running?.reject(reason);
    slot.running = undefined;
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.state !== 'idle') continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.state = 'busy';
      slot.running = next;
      slot.timer = setTimeout(() => this.onTimeout(slot), this.budgetMs);
      slot.worker.postMessage(next.job);
    }
  }

  /** When `pending` has waited its budget; the first boot does not count, a replacement's does. */
  private dueAt(pending: Pending): number {
    return Math.max(pending.queuedAt, this.readySince!) + this.budgetMs;
  }

  /** Tells those that waited a whole budget to come back, then waits for the next one's turn. */
  private armWaitTimer(): void {
    if (this.waitTimer || this.queue.length === 0 || this.readySince === undefined) return;
    this.waitTimer = setTimeout(
      () => {
        this.waitTimer = undefined;
        const now = performance.now();
        while (this.queue.length > 0 && this.dueAt(this.queue[0]!) <= now) this.queue.shift()!.reject(this.busy());
        this.armWaitTimer();
      },
      Math.max(0, this.dueAt(this.queue[0]!) - performance.now()),
    );
  }
}
