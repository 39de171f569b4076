import { randomBytes } from 'node:crypto';
import { pickLeastLoaded } from './least-connections.ts';
import { SessionTable } from './session-table.ts';
import { pickSmoothly } from './smooth-round-robin.ts';
import { pickBySource } from './source-hash.ts';

export interface Server {
  id: string;
  name: string;
  address: string;
}

/** The containers of one service version behind a route, and that service's weight. */
export interface ServerGroup {
  id: string;
  /** The service weight, 0..100 ("Set Service Weight"); shared equally by the group's servers. */
  weight: number;
  /** The healthy, running containers only. */
  servers: Server[];
}

/**
 * acs/proxy's BALANCE values (HAProxy `balance`). roundrobin and static-rr spread requests the same
 * way; HAProxy's difference is that roundrobin takes weight changes on the fly (and is limited to
 * 4095 servers a backend) while static-rr keeps the weights it started with, accepting only 0% or
 * 100% of them at run time, with no server limit. See `Pool.setWeight`.
 */
export type Balance = 'roundrobin' | 'static-rr' | 'source' | 'leastconn';

/** How a client keeps reaching the same server. */
export type Stickiness =
  | { kind: 'none' }
  /** HAProxy `cookie NAME insert`: the proxy sets NAME=<server id> (CONTAINERID, or COOKIE's name such as SRV). */
  | { kind: 'insert'; cookie: string }
  /** HAProxy `appsession NAME`: the application sets NAME (JSESSIONID), the proxy remembers its server. */
  | { kind: 'appsession'; cookie: string };

export interface PoolOptions {
  groups: readonly ServerGroup[];
  balance: Balance;
  stickiness: Stickiness;
  /** A new application session id; by default 52 random hex digits, like `JSESSIONID len 52`. */
  newSessionId?: () => string;
  /** How many application sessions are remembered before the least recently used is forgotten. */
  sessionCapacity?: number;
}

export interface PickRequest {
  clientIp: string;
  cookies: Readonly<Record<string, string>>;
}

export interface Picked {
  server: Server;
  group: ServerGroup;
  /** The Set-Cookie the response carries, when the request starts (or restarts) a sticky session. */
  setCookie?: string;
}

interface Slot {
  server: Server;
  group: ServerGroup;
  weight: number;
  current: number;
  inFlight: number;
}

const usable = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);

/**
 * The servers behind one route and how requests are spread over them. A group's weight is shared
 * equally by its servers, so weights 100/100 split traffic 50/50 by group whatever the container
 * counts; a group of weight 0 gets no new requests, but its sticky clients keep reaching it (what
 * makes "open a new browser window to see the new version" true). Every pick counts as in flight
 * until `release`. When the containers change, build a new Pool, as acs/proxy reloads HAProxy.
 */
export class Pool {
  private readonly slots: Slot[];
  private readonly slotById = new Map<string, Slot>();
  private readonly initialWeight = new Map<string, number>();
  private readonly sessions: SessionTable;
  private readonly balance: Balance;
  private readonly stickiness: Stickiness;
  private readonly newSessionId: () => string;

  constructor(options: PoolOptions) {
    this.balance = options.balance;
    this.stickiness = options.stickiness;
    this.newSessionId = options.newSessionId ?? (() => randomBytes(26).toString('hex'));
    this.sessions = new SessionTable(options.sessionCapacity);
    this.slots = options.groups.flatMap((group) => {
      this.initialWeight.set(group.id, usable(group.weight));
      const weight = usable(group.weight) / group.servers.length;
      return group.servers.map((server) => ({ server, group, weight, current: 0, inFlight: 0 }));
    });
    for (const slot of this.slots) if (!this.slotById.has(slot.server.id)) this.slotById.set(slot.server.id, slot);
  }

  /** The server for a request, or undefined when no server may take it (the caller answers 503). */
  pick(request: PickRequest): Picked | undefined {
    const sticky = this.stickySlot(request.cookies);
    if (sticky) return this.take(sticky);
    const slot = this.choose(request.clientIp);
    if (!slot) return undefined;
    const setCookie = this.cookieFor(slot);
    return { ...this.take(slot), ...(setCookie === undefined ? {} : { setCookie }) };
  }

  /** Ends one request picked for `serverId` (what leastconn counts). */
  release(serverId: string): void {
    const slot = this.slotById.get(serverId);
    if (slot && slot.inFlight > 0) slot.inFlight--;
  }

  /**
   * Changes a group's weight on the fly, as "Set Service Weight" does. With static-rr HAProxy only
   * accepts 0% or 100% of the initial weight (`set weight` answers "Backend is using a static LB
   * algorithm and only accepts weights '0%' and '100%'"), so other weights are refused: false.
   */
  setWeight(groupId: string, weight: number): boolean {
    const initial = this.initialWeight.get(groupId);
    if (initial === undefined) return false;
    const next = usable(weight);
    if (this.balance === 'static-rr' && next !== 0 && next !== initial) return false;
    for (const slot of this.slots) {
      if (slot.group.id === groupId) slot.weight = next / slot.group.servers.length;
    }
    return true;
  }

  private stickySlot(cookies: PickRequest['cookies']): Slot | undefined {
    if (this.stickiness.kind === 'none') return undefined;
    const { cookie } = this.stickiness;
    const value = Object.hasOwn(cookies, cookie) ? cookies[cookie] : undefined;
    if (value === undefined) return undefined;
    const serverId = this.stickiness.kind === 'insert' ? value : this.sessions.serverOf(value);
    return serverId === undefined ? undefined : this.slotById.get(serverId);
  }

  private choose(clientIp: string): Slot | undefined {
    const eligible = this.slots.filter((slot) => slot.weight > 0);
    switch (this.balance) {
      case 'roundrobin':
      case 'static-rr':
        return pickSmoothly(eligible);
      case 'source':
        return pickBySource(eligible, clientIp);
      case 'leastconn':
        return pickLeastLoaded(eligible);
    }
  }

  private cookieFor(slot: Slot): string | undefined {
    if (this.stickiness.kind === 'none') return undefined;
    if (this.stickiness.kind === 'insert') return `${this.stickiness.cookie}=${slot.server.id}; path=/`;
    const session = this.newSessionId();
    this.sessions.remember(session, slot.server.id);
    return `${this.stickiness.cookie}=${session}; path=/`;
  }

  private take(slot: Slot): Picked {
    slot.inFlight++;
    return { server: slot.server, group: slot.group };
  }
}
