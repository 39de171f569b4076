import { randomInt, seededRandom } from '../random.ts';
import type { Random } from '../random.ts';

/** A container's callers (the routing layer, the load balancer, other containers) are a handful of addresses. */
const CALLERS_PER_CONTAINER = 6;

/** One of the container's callers, picked by `random`: a 10.x or 172.16–31.x address fixed for the container. */
export function clientAddress(containerId: string, random: Random): string {
  const caller = seededRandom(`${containerId}:client:${Math.floor(random.next() * CALLERS_PER_CONTAINER)}`);
  const host = () => `${randomInt(caller, 0, 255)}.${randomInt(caller, 2, 254)}`;
  return caller.next() < 0.5
    ? `10.${randomInt(caller, 0, 255)}.${host()}`
    : `172.${randomInt(caller, 16, 31)}.${host()}`;
}
