/** The page title a route declares in its `handle`, the deepest one winning. */
export function routeTitle(matches: readonly { handle: unknown }[]): string | undefined {
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle;
    if (typeof handle === 'object' && handle !== null && 'title' in handle && typeof handle.title === 'string') {
      return handle.title;
    }
  }
  return undefined;
}
