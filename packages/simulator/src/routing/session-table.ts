/**
 * Which server each application session (APPSESSION's JSESSIONID) belongs to, bounded: past
 * `capacity` sessions the least recently used one is forgotten, as a full HAProxy stick table drops
 * its oldest entries. A forgotten session is simply balanced again.
 */
export class SessionTable {
  private readonly serverBySession = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  /** The server of `session`, marking it as just used; undefined when unknown or forgotten. */
  serverOf(session: string): string | undefined {
    const server = this.serverBySession.get(session);
    if (server !== undefined) {
      this.serverBySession.delete(session);
      this.serverBySession.set(session, server);
    }
    return server;
  }

  remember(session: string, server: string): void {
    this.serverBySession.delete(session);
    this.serverBySession.set(session, server);
    if (this.serverBySession.size > this.capacity) {
      const oldest = this.serverBySession.keys().next();
      if (!oldest.done) this.serverBySession.delete(oldest.value);
    }
  }

  get size(): number {
    return this.serverBySession.size;
  }
}
