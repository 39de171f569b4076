import { hashSeed } from '../../random.ts';
import { workloadProfile } from '../../workload/profiles.ts';
import type { Command } from '../command.ts';
import { defaultCommand } from '../image-shell.ts';

const cpuTime = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** BusyBox `ps`: PID 1 is the container's command, then this shell and ps itself. */
export const ps: Command = ({ world, out }) => {
  const self = world.self;
  const uptime = self.startedAt ? Math.max(0, (world.now() - Date.parse(self.startedAt)) / 1000) : 0;
  const cpu = workloadProfile(self.image, self.id).cpu * uptime;
  const shellPid = 7 + (hashSeed(self.id) % 40);
  const row = (pid: number, time: string, command: string) =>
    `${String(pid).padStart(5)} root     ${time.padStart(5)} ${command}`;
  out(
    [
      'PID   USER     TIME  COMMAND',
      row(1, cpuTime(cpu), self.command ?? defaultCommand(self.image)),
      row(shellPid, '0:00', 'sh'),
      row(shellPid + 6, '0:00', 'ps'),
      '',
    ].join('\n'),
  );
  return 0;
};
