import type { Command } from '../command.ts';
import { resolveHost } from '../resolve.ts';

/** Docker's embedded DNS server, which every container of a user-defined network asks. */
export const DNS_SERVER = '127.0.0.11';

/** BusyBox `nslookup name`: the server, then each address the name resolves to. */
export const nslookup: Command = async ({ argv, world, out }) => {
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) {
    out('BusyBox v1.36.1 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n');
    return 1;
  }
  out(`Server:\t\t${DNS_SERVER}\nAddress:\t${DNS_SERVER}:53\n\n`);
  const resolved = await resolveHost(world, name);
  if (!resolved) {
    out(`** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  out('Non-authoritative answer:\n');
  for (const address of resolved.addresses) out(`Name:\t${resolved.name}\nAddress: ${address}\n`);
  out('\n');
  return 0;
};

/** `getent hosts name…`: one `address  name` line per name found; status 2 when one is not. */
export const getent: Command = async ({ argv, world, out }) => {
  const [database, ...keys] = argv.slice(1);
  if (database !== 'hosts' && database !== 'ahosts') {
    out(database ? `Unknown database: ${database}\n` : 'Usage: getent [OPTION...] database [key ...]\n');
    return 1;
  }
  if (keys.length === 0) {
    out(`127.0.0.1       localhost\n${world.self.containerIp.padEnd(15)} ${world.self.hostname}\n`);
    return 0;
  }
  let status = 0;
  for (const key of keys) {
    const resolved = await resolveHost(world, key);
    if (!resolved) status = 2;
    else for (const address of resolved.addresses) out(`${address.padEnd(15)} ${resolved.name}\n`);
  }
  return status;
};
