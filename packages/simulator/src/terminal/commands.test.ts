import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { makeHost, makeSelf, makeShellWorld } from '../testing/shell-world.ts';
import type { ShellSelf } from './world.ts';
import { runLine } from './run-line.ts';

const web = makeHost({
  name: 'crosshost_cross-host-network-test2_1',
  containerIp: '172.19.1.10',
  nodeIp: '47.88.85.59',
});
const db = makeHost({
  name: 'wordpress_db_1',
  image: 'mysql:5.7',
  containerIp: '172.19.0.12',
  nodeIp: '47.88.84.114',
  service: 'wordpress_db',
});
const named = makeHost({ name: 'testhostname_testhostname_1', hostname: 'xxserver', containerIp: '172.19.1.11' });
const rest = [1, 2].map((n) =>
  makeHost({
    name: `internal_restserver_${n}`,
    image: 'nginx',
    containerIp: `172.19.1.2${n}`,
    domains: ['restserver.local'],
  }),
);
const stopped = makeHost({ name: 'crosshost_stopped_1', containerIp: '172.19.1.30', running: false });
const peers = [web, db, named, ...rest, stopped];

async function run(line: string, self: ShellSelf = makeSelf()) {
  let output = '';
  const sleeps: number[] = [];
  const result = await runLine(line, {
    world: makeShellWorld(self, peers),
    out: (text) => (output += text),
    signal: new AbortController().signal,
    sleep: async (ms) => (sleeps.push(ms), true),
    random: seededRandom(1),
    interactive: false,
  });
  return { output, status: result.status, exit: result.exit, sleeps };
}

const linked = makeSelf({
  links: [
    { alias: 'mysql', target: 'wordpress_db' },
    { alias: 'restserver.local', target: 'restserver.local' },
  ],
});

describe('the simulated shell', () => {
  it.each([
    ['hostname', 'crosshost_cross-host-network-test1_1\n'],
    ['echo hello "big world"', 'hello big world\n'],
    ["echo 'a;b' ; echo c", 'a;b\nc\n'],
    ['pwd', '/\n'],
    ['echo $HOSTNAME "${TERM}x" \'$TERM\' $NOPE.', 'crosshost_cross-host-network-test1_1 xtermx $TERM .\n'],
    ['echo cost: $5', 'cost: $5\n'],
    ['cat /etc/hostname', 'crosshost_cross-host-network-test1_1\n'],
    ['cat /etc/resolv.conf', 'nameserver 127.0.0.11\noptions ndots:0\n'],
    ['ls', 'bin  dev  etc  home  proc  root  sys  tmp  usr  var\n'],
    ['ls /tmp', ''],
    ['ls /nowhere', 'ls: /nowhere: No such file or directory\n'],
    ['cat /etc', 'cat: read error: Is a directory\n'],
    ['cat /nope', "cat: can't open '/nope': No such file or directory\n"],
    ['foo', 'sh: foo: not found\n'],
    ['false && echo no', ''],
    ['false ; echo yes', 'yes\n'],
    ['echo "open', 'sh: syntax error: unterminated quoted string\n'],
    ['ls | wc', 'sh: |: pipes, redirections and subshells are not available in this terminal\n'],
    ['ip addr show dev wlan0', "ip: can't find device 'wlan0'\n"],
    ['ifconfig wlan0', 'ifconfig: wlan0: error fetching interface information: Device not found\n'],
  ])('%s', async (line, expected) => {
    expect((await run(line)).output).toBe(expected);
  });

  it('answers like bash in a Debian-based image', async () => {
    const self = makeSelf({ image: 'nginx:1.19', hostname: 'web' });
    expect((await run('foo', self)).output).toBe('bash: foo: command not found\n');
    expect((await run('ls /nowhere', self)).output).toBe("ls: cannot access '/nowhere': No such file or directory\n");
  });

  it('refuses a line longer than the limit', async () => {
    expect((await run(`echo ${'x'.repeat(2000)}`)).output).toMatch(/line too long/);
  });

  it('prints eth0 as BusyBox ifconfig does', async () => {
    const { output } = await run('ifconfig eth0');
    expect(output).toMatch(/^eth0 {6}Link encap:Ethernet {2}HWaddr 02:42:AC:13:00:09 {2}\n/);
    expect(output).toContain('inet addr:172.19.0.9  Bcast:172.19.0.255  Mask:255.255.255.0');
    expect(output).toContain('inet6 addr: fe80::42:acff:fe13:9/64 Scope:Link');
    expect(output).toMatch(/RX bytes:\d+ \(\d+\.\d (B|KiB|MiB|GiB)\)/);
  });

  it('prints ip addr with the segment prefix', async () => {
    const { output } = await run('ip addr');
    expect(output).toContain('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536');
    expect(output).toContain('    link/ether 02:42:ac:13:00:09 brd ff:ff:ff:ff:ff:ff');
    expect(output).toContain('    inet 172.19.0.9/24 brd 172.19.0.255 scope global eth0');
    expect((await run('ip route')).output).toBe(
      'default via 172.19.0.1 dev eth0 \n172.19.0.0/24 dev eth0 scope link  src 172.19.0.9 \n',
    );
  });

  it('lists the environment the service gave', async () => {
    const { output } = await run('env', makeSelf({ environment: { WORDPRESS_DB_HOST: 'mysql' } }));
    expect(output.split('\n')).toEqual(
      expect.arrayContaining([
        'HOSTNAME=crosshost_cross-host-network-test1_1',
        'WORDPRESS_DB_HOST=mysql',
        'HOME=/root',
      ]),
    );
  });

  it('shows the container command as PID 1', async () => {
    const lines = (await run('ps')).output.split('\n');
    expect(lines[0]).toBe('PID   USER     TIME  COMMAND');
    expect(lines[1]).toMatch(/^ {4}1 root +\d+:\d\d sh -c 'ifconfig eth0; sleep 100000'$/);
    expect(lines[3]).toMatch(/ ps$/);
  });

  it('writes each link into /etc/hosts', async () => {
    const { output } = await run('cat /etc/hosts', linked);
    expect(output).toContain('172.19.0.12\tmysql wordpress_db_1\n');
    expect(output.endsWith('172.19.0.9\tcrosshost_cross-host-network-test1_1\n')).toBe(true);
  });

  it.each([
    ['an address', '172.19.1.10', '172.19.1.10'],
    ['a container name', 'crosshost_cross-host-network-test2_1', '172.19.1.10'],
    ['a hostname', 'xxserver', '172.19.1.11'],
    ['a link alias', 'mysql', '172.19.0.12'],
    ['a .local routing domain', 'restserver.local', '172.19.1.21'],
    ['its own hostname', 'crosshost_cross-host-network-test1_1', '172.19.0.9'],
  ])('resolves %s with getent and nslookup', async (_what, name, address) => {
    expect((await run(`getent hosts ${name}`, linked)).output.split('\n')[0]).toBe(`${address.padEnd(15)} ${name}`);
    const lookup = await run(`nslookup ${name}`, linked);
    expect(lookup.output).toContain(`Name:\t${name}\nAddress: ${address}\n`);
    expect(lookup.status).toBe(0);
  });

  it('answers every address of a routing domain', async () => {
    const { output } = await run('nslookup restserver.local');
    expect(output).toContain('Address: 172.19.1.21\n');
    expect(output).toContain('Address: 172.19.1.22\n');
  });

  it('finds nothing for an unknown name', async () => {
    expect(await run('nslookup nowhere')).toMatchObject({
      output: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find nowhere: NXDOMAIN\n\n",
      status: 1,
    });
    expect(await run('getent hosts nowhere')).toMatchObject({ output: '', status: 2 });
    expect((await run('mysql')).output).toBe('sh: mysql: not found\n');
  });

  it('pings a peer on another node with -c, one a second', async () => {
    const { output, sleeps, status } = await run('ping -c 3 172.19.1.10');
    const lines = output.split('\n');
    expect(lines[0]).toBe('PING 172.19.1.10 (172.19.1.10): 56 data bytes');
    for (const seq of [0, 1, 2])
      expect(lines[1 + seq]).toMatch(
        new RegExp(`^64 bytes from 172\\.19\\.1\\.10: seq=${seq} ttl=64 time=0\\.[3-7]\\d\\d ms$`),
      );
    expect(lines.slice(4, 7)).toEqual([
      '',
      '--- 172.19.1.10 ping statistics ---',
      '3 packets transmitted, 3 packets received, 0% packet loss',
    ]);
    expect(lines[7]).toMatch(/^round-trip min\/avg\/max = 0\.\d{3}\/0\.\d{3}\/0\.\d{3} ms$/);
    expect(sleeps).toEqual([1000, 1000]);
    expect(status).toBe(0);
  });

  it('pings by name, a peer on the same node faster', async () => {
    const { output } = await run('ping -c 1 mysql', linked);
    expect(output).toMatch(
      /^PING mysql \(172\.19\.0\.12\): 56 data bytes\n64 bytes from 172\.19\.0\.12: seq=0 ttl=64 time=0\.[01]\d\d ms\n/,
    );
  });

  it.each([
    ['a stopped peer', 'crosshost_stopped_1', '172.19.1.30'],
    ['an address nobody holds', '172.19.9.9', '172.19.9.9'],
  ])('times out on %s', async (_what, target, address) => {
    const { output, status } = await run(`ping -c 2 ${target}`);
    expect(output).toBe(
      `PING ${target} (${address}): 56 data bytes\n\n--- ${target} ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n`,
    );
    expect(status).toBe(1);
  });

  it.each([
    ['ping nowhere', "ping: bad address 'nowhere'\n"],
    ['ping -c 0 web', "ping: invalid number '0'\n"],
    ['ping -x web', "ping: unrecognized option '-x'\n"],
  ])('%s', async (line, expected) => {
    expect((await run(line)).output).toBe(expected);
  });

  it('stops at four replies in Execute mode', async () => {
    expect((await run('ping 172.19.1.10')).output).toContain('4 packets transmitted, 4 packets received');
  });

  it('curls an nginx peer by its routing domain, answered by its profile', async () => {
    const { output } = await run('curl -I restserver.local');
    expect(output).toMatch(
      /^HTTP\/1\.1 200 OK\nServer: nginx\/1\.19\.10\nDate: .+ GMT\nContent-Type: text\/html\nContent-Length: 612\n/,
    );
    const page = await run('curl http://internal_restserver_1/');
    expect(page.output).toContain('<title>Welcome to nginx!</title>');
    expect(Buffer.byteLength(page.output)).toBe(612);
    const missing = (await run('curl -i internal_restserver_1/nope')).output;
    const [head, body] = missing.split('\n\n');
    expect(head).toMatch(/^HTTP\/1\.1 404 Not Found\n/);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body!.replace(/\n/g, '\r\n'))}`);
  });

  it.each([
    ['curl nowhere', 'curl: (6) Could not resolve host: nowhere\n', 0],
    ['curl mysql', "curl: (7) Failed to connect to mysql port 80 after 0 ms: Couldn't connect to server\n", 0],
    [
      'curl crosshost_stopped_1',
      'curl: (7) Failed to connect to crosshost_stopped_1 port 80 after 3000 ms: Host is unreachable\n',
      1,
    ],
    ['curl -Z x', "curl: option -Z: is unknown\ncurl: try 'curl --help' for more information\n", 0],
  ])('%s', async (line, expected, waits) => {
    const result = await run(line, linked);
    expect(result.output).toBe(expected);
    expect(result.sleeps).toHaveLength(waits);
  });

  it('exits', async () => {
    expect(await run('exit 3')).toMatchObject({ exit: true, status: 3 });
  });
});
