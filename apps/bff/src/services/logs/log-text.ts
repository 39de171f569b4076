import type { LogLineDto } from '@cs/contracts';

/** `wordpress_web_3 | 2017-04-01T08:29:20.173811672Z text`: the guide's form of a log line. */
export const downloadLine = (line: LogLineDto): string => `${line.containerName} | ${line.time} ${line.text}\n`;

/** `<name>.log` with only letters, digits, `.`, `_` and `-` in it, so no name can break the header. */
export function logFileName(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100);
  return `${safe || 'logs'}.log`;
}

/** A literal, case-insensitive text match: linear in the line, whatever the text holds. */
export function textMatcher(q: string | undefined): (line: { text: string }) => boolean {
  if (!q) return () => true;
  const needle = q.toLowerCase();
  return (line) => line.text.toLowerCase().includes(needle);
}
