import { describe, expect, it } from 'vitest';
import { closeMessage, opensShell, terminalUrl } from './terminal-socket.ts';

describe('the terminal socket', () => {
  it.each([
    [{ protocol: 'http:', host: 'localhost:5173' }, 'ws://localhost:5173/api/v1/containers/ab%2Fc/terminal'],
    [
      { protocol: 'https:', host: 'console.example.com' },
      'wss://console.example.com/api/v1/containers/ab%2Fc/terminal',
    ],
  ])('connects on the page origin %j', (location, url) => {
    expect(terminalUrl('ab/c', location)).toBe(url);
  });

  it.each([
    [4001, 'web_1 stopped: the session is closed.', 'web_1 stopped: the session is closed.'],
    [1000, '', 'The shell exited.'],
    [1006, '', 'The connection was refused or lost. The container may have stopped, or your session ended.'],
  ])('says why %i closed it', (code, reason, message) => {
    expect(closeMessage(code, reason)).toBe(message);
  });

  it.each([
    ['sh', true],
    [' bash ', true],
    ['hostname', false],
    ['sh -c ls', false],
  ])('%s opens a shell: %s', (command, shell) => {
    expect(opensShell(command)).toBe(shell);
  });
});
