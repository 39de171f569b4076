import type { Random } from '../../random.ts';
import type { Command, CommandContext } from '../command.ts';
import { resolveHost } from '../resolve.ts';
import type { Resolved } from '../resolve.ts';
import type { ShellSelf } from '../world.ts';

/** Without `-c`, Execute mode sends this many (the terminal pings until Ctrl-C). */
export const EXECUTE_PING_COUNT = 4;
const MAX_COUNT = 1_000;
const INTERVAL_MS = 1_000;

/** A reply's round trip: loopback, the same node's bridge, or across the cluster's network to another node. */
function roundTrip(self: ShellSelf, target: Resolved, random: Random): number {
  const host = target.hosts[0];
  const [low, high] =
    !host || host.containerIp === self.containerIp
      ? [0.03, 0.08]
      : host.nodeIp === self.nodeIp
        ? [0.05, 0.14]
        : [0.3, 0.75];
  return low + (high - low) * random.next();
}

function parseArguments(argv: string[]): { count?: number; target?: string; error?: string } {
  let count: number | undefined;
  let target: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-c') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1 || value > MAX_COUNT)
        return { error: `ping: invalid number '${argv[i] ?? ''}'` };
      count = value;
    } else if (word.startsWith('-')) return { error: `ping: unrecognized option '${word}'` };
    else target = word;
  }
  return { count, target };
}

const ms = (value: number) => value.toFixed(3);

/** BusyBox `ping [-c N] host`: a reply a second, as the guide's example shows, until -c or Ctrl-C. */
export const ping: Command = async (ctx: CommandContext) => {
  const { out, world } = ctx;
  const { count: asked, target, error } = parseArguments(ctx.argv);
  if (error || !target) {
    out(`${error ?? 'BusyBox v1.36.1 multi-call binary.\n\nUsage: ping [OPTIONS] HOST'}\n`);
    return 1;
  }
  const resolved = await resolveHost(world, target);
  if (!resolved) {
    out(`ping: bad address '${target}'\n`);
    return 1;
  }
  const count = asked ?? (ctx.interactive ? Infinity : EXECUTE_PING_COUNT);
  const address = resolved.addresses[0]!;
  const host = resolved.hosts[0];
  // Loopback always answers; a container's address only while it runs.
  const answers = host === undefined ? address.startsWith('127.') : host.running;
  out(`PING ${resolved.name} (${address}): 56 data bytes\n`);
  const times: number[] = [];
  let sent = 0;
  while (sent < count && !ctx.signal.aborted) {
    if (answers) {
      const time = roundTrip(world.self, resolved, ctx.random);
      times.push(time);
      out(`64 bytes from ${address}: seq=${sent} ttl=64 time=${ms(time)} ms\n`);
    }
    sent++;
    if (sent < count && !(await ctx.sleep(INTERVAL_MS))) break;
  }
  const loss = Math.round(((sent - times.length) / Math.max(sent, 1)) * 100);
  out(`\n--- ${resolved.name} ping statistics ---\n`);
  out(`${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n`);
  if (times.length > 0) {
    const avg = times.reduce((a, b) => a + b, 0) / times.length;
    out(`round-trip min/avg/max = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))} ms\n`);
  }
  return times.length > 0 ? 0 : 1;
};
