/** An http(s) origin whose host is a DNS name, IPv4 or bracketed IPv6, with an optional port. */
const SAFE_ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The public URL as an origin (`http://host:port`, no path, no trailing slash), or a reason it
 * is not one. It is written into shell commands and scripts, so only a plain origin passes: no
 * credentials, path, query, quotes or spaces.
 */
export function parsePublicUrl(value: string): { origin: string } | { problem: string } {
  const refused = { problem: 'PUBLIC_URL must be an http(s) origin such as https://console.example.com:8443.' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refused;
  }
  const bare = url.username === '' && url.password === '' && url.pathname === '/' && !url.search && !url.hash;
  return bare && SAFE_ORIGIN.test(url.origin) ? { origin: url.origin } : refused;
}
