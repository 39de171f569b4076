import type { Database } from './database.ts';
import { EventStore } from './event-store.ts';
import { LeaseStore } from './lease-store.ts';
import { ResourceStore } from './resource-store.ts';
import { SessionStore } from './session-store.ts';
import { UserStore } from './user-store.ts';

/** Every store of the BFF over one database. */
export interface Store {
  database: Database;
  resources: ResourceStore;
  events: EventStore;
  users: UserStore;
  sessions: SessionStore;
  leases: LeaseStore;
}

export function createStore(database: Database, now: () => number, onCommit?: () => void): Store {
  return {
    database,
    resources: new ResourceStore(database, now, onCommit),
    events: new EventStore(database.db),
    users: new UserStore(database.db),
    sessions: new SessionStore(database.db),
    leases: new LeaseStore(database.db),
  };
}
