import type { Command } from '../command.ts';
import { broadcastOf, macOf, networkOf } from '../interfaces.ts';

/** BusyBox `ip addr` / `ip a` / `ip addr show [dev]`, and `ip route`. */
export const ip: Command = ({ argv, world, out }) => {
  const [object = '', ...rest] = argv.slice(1);
  const self = world.self;
  if ('address'.startsWith(object) && object.length > 0) {
    const words = rest.filter((w) => w !== 'show' && w !== 'dev');
    const device = words[0];
    const lo = [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      '    inet 127.0.0.1/8 scope host lo',
      '       valid_lft forever preferred_lft forever',
    ];
    const eth0 = [
      '2: eth0@if9: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue ',
      `    link/ether ${macOf(self.containerIp)} brd ff:ff:ff:ff:ff:ff`,
      `    inet ${self.containerIp}/${self.prefixLength} brd ${broadcastOf(self.containerIp, self.prefixLength)} scope global eth0`,
      '       valid_lft forever preferred_lft forever',
    ];
    if (device !== undefined && device !== 'lo' && device !== 'eth0') {
      out(`ip: can't find device '${device}'\n`);
      return 1;
    }
    const shown = device === 'lo' ? lo : device === 'eth0' ? eth0 : [...lo, ...eth0];
    out(`${shown.join('\n')}\n`);
    return 0;
  }
  if ('route'.startsWith(object) && object.length > 0) {
    const gateway = self.containerIp.replace(/\.\d+$/, '.1');
    out(
      `default via ${gateway} dev eth0 \n${networkOf(self.containerIp, self.prefixLength)} dev eth0 scope link  src ${self.containerIp} \n`,
    );
    return 0;
  }
  out(
    object ? `ip: unknown command "${object}"\n` : 'Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n',
  );
  return 1;
};
