import { TERMINAL_CLOSE } from '@cs/contracts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';

/** An open terminal, as the registry closes it. */
export interface LiveTerminal {
  close(code: number, reason: string): void;
}

/**
 * The open terminals by container. One change-feed listener for all of them: a change of a
 * container with terminals re-reads it, and its terminals close when it stops or goes.
 */
export class TerminalSessions {
  private readonly byContainer = new Map<string, Set<LiveTerminal>>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: Store,
    feed: ChangeFeed,
  ) {
    this.unsubscribe = feed.subscribe((change) => {
      if (change.kind === 'container' && this.byContainer.has(change.resourceId)) void this.recheck(change.resourceId);
    });
  }

  get size(): number {
    let total = 0;
    for (const set of this.byContainer.values()) total += set.size;
    return total;
  }

  /** Registers a terminal; the returned function forgets it. */
  add(containerId: string, terminal: LiveTerminal): () => void {
    let set = this.byContainer.get(containerId);
    if (!set) this.byContainer.set(containerId, (set = new Set()));
    set.add(terminal);
    return () => {
      set.delete(terminal);
      if (set.size === 0 && this.byContainer.get(containerId) === set) this.byContainer.delete(containerId);
    };
  }

  /** Closes every terminal (server shutdown) and stops listening. */
  closeAll(code: number, reason: string): void {
    this.unsubscribe();
    for (const set of [...this.byContainer.values()]) for (const terminal of [...set]) terminal.close(code, reason);
    this.byContainer.clear();
  }

  private async recheck(containerId: string): Promise<void> {
    const container = await this.store.containers.find(containerId).catch(() => undefined);
    const name = container?.metadata.name ?? 'The container';
    const gone = !container || container.spec.desiredState === 'removed' || container.status.phase === 'removing';
    if (!gone && container.status.phase === 'running' && container.spec.desiredState === 'running') return;
    const [code, reason] = gone
      ? [TERMINAL_CLOSE.containerRemoved, `${name} was deleted: the session is closed.`]
      : [TERMINAL_CLOSE.containerStopped, `${name} stopped: the session is closed.`];
    for (const terminal of [...(this.byContainer.get(containerId) ?? [])]) terminal.close(code, shorten(reason));
  }
}

/** A close reason is at most 123 bytes. */
export function shorten(reason: string): string {
  if (Buffer.byteLength(reason) <= 123) return reason;
  let cut = reason;
  while (Buffer.byteLength(`${cut}…`) > 123) cut = cut.slice(0, -1);
  return `${cut}…`;
}
