import { workloadProfile } from '../workload/profiles.ts';
import type { ShellSelf } from './world.ts';

const octets = (ip: string) => ip.split('.').map(Number);
const hex = (n: number) => n.toString(16).padStart(2, '0');

/** Docker's MAC for an address: 02:42 and the four octets. */
export const macOf = (ip: string) => ['02', '42', ...octets(ip).map(hex)].join(':');

const toIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const toNumber = (ip: string) => octets(ip).reduce((n, o) => n * 256 + o, 0);

export const netmaskOf = (prefix: number) => toIp(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);
export const broadcastOf = (ip: string, prefix: number) =>
  toIp((toNumber(ip) | (prefix === 32 ? 0 : 0xffffffff >>> prefix)) >>> 0);

/** The network an address is in, as `ip route` names it: `172.19.0.0/24`. */
export function networkOf(ip: string, prefix: number): string {
  const base = prefix === 0 ? 0 : (toNumber(ip) & (0xffffffff << (32 - prefix))) >>> 0;
  return `${toIp(base)}/${prefix}`;
}

/** The link-local IPv6 address Docker derives from the MAC. */
export function linkLocalOf(ip: string): string {
  const [a, b, c, d] = octets(ip).map((o) => o ?? 0) as [number, number, number, number];
  return `fe80::42:${hex(a)}ff:fe${hex(b)}:${(c * 256 + d).toString(16)}/64`;
}

/** eth0's counters: what the image's workload profile moves per second since the container started. */
export function interfaceCounters(self: ShellSelf, now: number) {
  const seconds = self.startedAt ? Math.max(0, (now - Date.parse(self.startedAt)) / 1000) : 0;
  const profile = workloadProfile(self.image, self.id);
  const rxBytes = Math.round(profile.networkIn * seconds);
  const txBytes = Math.round(profile.networkOut * seconds);
  return { rxBytes, txBytes, rxPackets: Math.ceil(rxBytes / 1_200), txPackets: Math.ceil(txBytes / 1_200) };
}

/** BusyBox's `(1.2 MiB)` after a byte count. */
export function humanBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
