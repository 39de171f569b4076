import type { Command } from './command.ts';
import { echo, env, hostname, pwd, uname, whoami } from './commands/basics.ts';
import { curl } from './commands/curl.ts';
import { cat, ls } from './commands/files.ts';
import { ifconfig } from './commands/ifconfig.ts';
import { ip } from './commands/ip.ts';
import { getent, nslookup } from './commands/lookup.ts';
import { ping } from './commands/ping.ts';
import { ps } from './commands/ps.ts';

/** The commands the simulated shell knows; any other answers as `sh` does when it finds none. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  cat,
  curl,
  echo,
  env,
  getent,
  hostname,
  ifconfig,
  ip,
  ls,
  nslookup,
  ping,
  ps,
  pwd,
  true: () => 0,
  false: () => 1,
  uname,
  whoami,
};
