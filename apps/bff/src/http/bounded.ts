/** Longest piece of client input (a path, a header) that goes into a log line or an answer. */
export const MAX_ECHOED_CHARS = 200;

/** `text` cut to `max` characters, saying how much was left out, so no input makes a line unbounded. */
export function bounded(text: string, max: number = MAX_ECHOED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length - max} more)`;
}

/** The request's path without its query, bounded: what logs and "no such route" answers name. */
export const pathOf = (originalUrl: string): string => bounded(originalUrl.split('?')[0] ?? '');
