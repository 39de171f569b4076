import { PROXY_LIMITS } from './limits.ts';
import { shown, splitOnUnescapedCommas } from './text.ts';
import type { Warn } from './text.ts';

export interface BasicAuthUser {
  user: string;
  password: string;
}

/** HTTP_BASIC_AUTH: `<user>:<pass>` credentials separated by commas (`\,` inside a password). */
export function readBasicAuth(value: string | undefined, warn: Warn): BasicAuthUser[] {
  if (!value) return [];
  const users: BasicAuthUser[] = [];
  for (const part of splitOnUnescapedCommas(value).slice(0, PROXY_LIMITS.users)) {
    const colon = part.indexOf(':');
    const user = part.slice(0, colon);
    const password = part.slice(colon + 1);
    if (users.some((u) => u.user === user))
      warn(`HTTP_BASIC_AUTH: user ${shown(user)} is listed twice; the first one is used.`);
    else if (colon > 0 && /^[A-Za-z0-9._-]{1,64}$/.test(user) && password !== '') users.push({ user, password });
    else warn(`HTTP_BASIC_AUTH: ${shown(part.slice(0, colon < 0 ? undefined : colon))} is not <user>:<pass>; ignored.`);
  }
  return users;
}
