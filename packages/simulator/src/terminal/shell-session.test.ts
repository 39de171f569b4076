import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHost, makeSelf, makeShellWorld } from '../testing/shell-world.ts';
import { ShellSession } from './shell-session.ts';

const peer = makeHost({ name: 'crosshost_cross-host-network-test2_1', containerIp: '172.19.0.10' });

function open(image = 'busybox:latest') {
  let screen = '';
  const exits: number[] = [];
  const session = new ShellSession({
    world: makeShellWorld(makeSelf({ image, hostname: 'test1' }), [peer]),
    write: (data) => (screen += data),
    onExit: (status) => exits.push(status),
  });
  session.start();
  return { session, exits, screen: () => screen, clear: () => (screen = '') };
}

describe('a terminal session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['busybox:latest', '/ # '],
    ['alpine:3.3', '/ # '],
    ['nginx:alpine', '/ # '],
    ['nginx:1.19', 'root@test1:/# '],
    ['registry.aliyuncs.com/acs-sample/wordpress:4.5', 'root@test1:/# '],
  ])('prompts as %s does', (image, prompt) => {
    expect(open(image).screen()).toBe(prompt);
  });

  it('echoes, edits with backspace and answers on Enter', async () => {
    const t = open();
    t.session.input('hostnamx\x7fe\r');
    await vi.runAllTimersAsync();
    expect(t.screen()).toBe('/ # hostnamx\b \be\r\ntest1\r\n/ # ');
  });

  it('pings once a second until Ctrl-C, then prints the statistics', async () => {
    const t = open();
    t.session.input('ping 172.19.0.10\r');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.screen()).toMatch(
      /PING 172\.19\.0\.10 \(172\.19\.0\.10\): 56 data bytes\r\n64 bytes from 172\.19\.0\.10: seq=0 ttl=64 time=\d\.\d{3} ms\r\n$/,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.screen()).toMatch(/seq=1 ttl=64/);
    expect(t.screen()).not.toMatch(/seq=2/);
    t.session.input('ls\r');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.screen()).not.toContain('bin  dev');
    t.session.input('\x03');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.screen()).toMatch(
      /seq=1 ttl=64 time=[\d.]+ ms\r\n\^C\r\n--- 172\.19\.0\.10 ping statistics ---\r\n2 packets transmitted, 2 packets received, 0% packet loss\r\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\r\n\/ # $/,
    );
  });

  it('drops the line on Ctrl-C and ignores escape sequences', () => {
    const t = open();
    t.session.input('ech\x1b[A\x1b[D\x03');
    expect(t.screen()).toBe('/ # ech^C\r\n/ # ');
  });

  it('exits on exit and on Ctrl-D', async () => {
    const a = open();
    a.session.input('exit\r');
    await vi.runAllTimersAsync();
    expect(a.exits).toEqual([0]);
    const b = open();
    b.session.input('\x04');
    expect(b.exits).toEqual([0]);
    expect(b.screen()).toBe('/ # exit\r\n');
  });

  it('writes nothing once closed, even from a running ping', async () => {
    const t = open();
    t.session.input('ping 172.19.0.10\r');
    await vi.advanceTimersByTimeAsync(0);
    t.session.close();
    t.clear();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.screen()).toBe('');
  });

  it('ignores typing beyond the line limit', () => {
    const t = open();
    t.session.input('x'.repeat(5000));
    expect(t.screen()).toBe(`/ # ${'x'.repeat(1024)}`);
  });
});

describe('Ctrl-C during a quiet command', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts the prompt on a line of its own', async () => {
    const stopped = makeHost({ name: 'gone_1', containerIp: '172.19.0.30', running: false });
    let screen = '';
    const session = new ShellSession({
      world: makeShellWorld(makeSelf(), [stopped]),
      write: (data) => (screen += data),
      onExit: () => {},
    });
    session.input('curl gone_1\r');
    await vi.advanceTimersByTimeAsync(100);
    session.input('\x03');
    await vi.advanceTimersByTimeAsync(0);
    expect(screen).toBe('curl gone_1\r\n^C\r\n/ # ');
  });
});
