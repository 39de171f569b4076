import type { Command } from '../command.ts';
import { isDebianBased } from '../image-shell.ts';

export const hostname: Command = ({ world, out }) => {
  out(`${world.self.hostname}\n`);
  return 0;
};

/** The environment PID 1 got: Docker's, then the service's. */
export function environmentOf(self: { hostname: string; environment: Readonly<Record<string, string>> }) {
  return {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: self.hostname,
    ...self.environment,
    HOME: '/root',
  };
}

export const env: Command = ({ world, out }) => {
  for (const [key, value] of Object.entries(environmentOf(world.self))) out(`${key}=${value}\n`);
  return 0;
};

export const echo: Command = ({ argv, out }) => {
  const noNewline = argv[1] === '-n';
  out(argv.slice(noNewline ? 2 : 1).join(' ') + (noNewline ? '' : '\n'));
  return 0;
};

export const pwd: Command = ({ out }) => {
  out('/\n');
  return 0;
};

export const whoami: Command = ({ out }) => {
  out('root\n');
  return 0;
};

export const uname: Command = ({ argv, world, out }) => {
  const all = argv.includes('-a');
  out(
    all
      ? `Linux ${world.self.hostname} 4.4.0-93-generic #116-Ubuntu SMP x86_64 ${isDebianBased(world.self.image) ? 'GNU/Linux' : 'Linux'}\n`
      : 'Linux\n',
  );
  return 0;
};
