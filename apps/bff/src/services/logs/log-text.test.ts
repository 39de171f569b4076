import { describe, expect, it } from 'vitest';
import { downloadLine, logFileName, textMatcher } from './log-text.ts';

describe('log text', () => {
  it('writes a line in the guide’s `name | time text` form', () => {
    const line = {
      containerId: 'c1',
      containerName: 'wordpress_web_3',
      time: '2017-04-01T08:29:20.173811672Z',
      stream: 'stdout' as const,
      text: '+ ls -A',
    };
    expect(downloadLine(line)).toBe('wordpress_web_3 | 2017-04-01T08:29:20.173811672Z + ls -A\n');
  });

  it('names the file with safe characters only, whatever the name holds', () => {
    expect(logFileName('wordpress_web')).toBe('wordpress_web.log');
    expect(logFileName('a\r\nContent-Type: x"; b')).toBe('a_Content-Type_x_b.log');
    expect(logFileName('../../etc/passwd')).toBe('etc_passwd.log');
    expect(logFileName('')).toBe('logs.log');
    expect(logFileName('名前')).toBe('logs.log');
    expect(logFileName('x'.repeat(500))).toHaveLength(104);
  });

  it('matches text literally, ignoring case', () => {
    const matches = textMatcher('GET /.*');
    expect(matches({ text: 'get /.* HTTP/1.1' })).toBe(true);
    expect(matches({ text: 'GET /index.html' })).toBe(false);
    expect(textMatcher(undefined)({ text: 'anything' })).toBe(true);
  });
});
