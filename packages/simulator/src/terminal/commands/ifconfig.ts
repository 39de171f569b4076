import type { Command } from '../command.ts';
import { broadcastOf, humanBytes, interfaceCounters, linkLocalOf, macOf, netmaskOf } from '../interfaces.ts';
import type { ShellSelf } from '../world.ts';

const pad = (name: string) => name.padEnd(10);

function eth0(self: ShellSelf, now: number): string {
  const c = interfaceCounters(self, now);
  return [
    `${pad('eth0')}Link encap:Ethernet  HWaddr ${macOf(self.containerIp).toUpperCase()}  `,
    `          inet addr:${self.containerIp}  Bcast:${broadcastOf(self.containerIp, self.prefixLength)}  Mask:${netmaskOf(self.prefixLength)}`,
    `          inet6 addr: ${linkLocalOf(self.containerIp)} Scope:Link`,
    '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1',
    `          RX packets:${c.rxPackets} errors:0 dropped:0 overruns:0 frame:0`,
    `          TX packets:${c.txPackets} errors:0 dropped:0 overruns:0 carrier:0`,
    '          collisions:0 txqueuelen:0 ',
    `          RX bytes:${c.rxBytes} (${humanBytes(c.rxBytes)})  TX bytes:${c.txBytes} (${humanBytes(c.txBytes)})`,
    '',
  ].join('\n');
}

const LO = [
  `${pad('lo')}Link encap:Local Loopback  `,
  '          inet addr:127.0.0.1  Mask:255.0.0.0',
  '          inet6 addr: ::1/128 Scope:Host',
  '          UP LOOPBACK RUNNING  MTU:65536  Metric:1',
  '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0',
  '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0',
  '          collisions:0 txqueuelen:1000 ',
  '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)',
  '',
].join('\n');

/** BusyBox `ifconfig [eth0|lo]`, as the guide's cross-host example prints it. */
export const ifconfig: Command = ({ argv, world, out }) => {
  const name = argv[1];
  const self = world.self;
  if (name === undefined || name === '-a') out(`${eth0(self, world.now())}\n${LO}\n`);
  else if (name === 'eth0') out(`${eth0(self, world.now())}\n`);
  else if (name === 'lo') out(`${LO}\n`);
  else {
    out(`ifconfig: ${name}: error fetching interface information: Device not found\n`);
    return 1;
  }
  return 0;
};
