/** One section of haproxy.cfg: `global`, `defaults`, `listen …`, `frontend …`, `backend …`, `userlist …`. */
export interface Section {
  header: string;
  lines: string[];
}

/** The configuration text, laid out as acs/proxy prints it (two-space indent, one directive a line). */
export function renderSections(sections: readonly Section[]): string {
  return sections.map((s) => [s.header, ...s.lines.map((line) => `  ${line}`)].join('\n')).join('\n') + '\n';
}

/** `bind :<port>` with the port's EXTRA_BIND_SETTINGS and, for SSL termination, the certificate words. */
export function bindLine(port: number, extraBind: ReadonlyMap<number, string>, ssl?: string): string {
  return ['bind', `:${port}`, extraBind.get(port) ?? '', ssl ?? ''].filter((part) => part !== '').join(' ');
}
