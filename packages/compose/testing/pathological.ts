/**
 * Templates built to hit the analyser's worst cases (issue 7): each grows one dimension that a
 * careless rule makes quadratic or recursive. Used by the regression tests and `npm run bench`.
 */

/** `count` aliases of one anchored mapping, each used as a service's labels. */
export function aliasFlood(count: number): string {
  const out = ["version: '2'", 'x-labels: &labels', '  aliyun.scale: "2"', 'services:'];
  for (let i = 0; i < count; i++) out.push(`  s${i}:`, '    image: nginx', '    labels: *labels');
  return `${out.join('\n')}\n`;
}

/** `count` services, each merging an anchored base with `<<:`. */
export function mergeFlood(count: number): string {
  const out = ["version: '2'", 'services:', '  base: &base', '    image: nginx', '    restart: always'];
  for (let i = 0; i < count; i++) out.push(`  s${i}:`, '    <<: *base', `    hostname: h${i}`);
  return `${out.join('\n')}\n`;
}

/** A template with `count` `$VAR` references in one service; `syntaxError` breaks the YAML at the end. */
export function variableFlood(count: number, syntaxError: boolean): string {
  const out = ["version: '2'", 'services:', '  web:', '    image: nginx', '    environment:'];
  for (let i = 0; i < count; i++) out.push(`      - V${i}=$VALUE_${i % 97} \${OTHER_${i % 89}}`);
  if (syntaxError) out.push('  broken: [unclosed');
  return `${out.join('\n')}\n`;
}

/** `bytes` pseudo-random printable bytes from a fixed seed (the same text on every run). */
export function randomText(bytes: number): string {
  let state = 0x2545f491;
  const chars: string[] = [];
  for (let i = 0; i < bytes; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    chars.push(String.fromCharCode(32 + ((state >>> 0) % 95)));
    if ((state & 0x3f) === 0) chars.push('\n');
  }
  return chars.join('');
}

/** `count` services where each depends on the next: one long `depends_on` chain. */
export function dependsChain(count: number): string {
  const out = ["version: '2'", 'services:'];
  for (let i = 0; i < count; i++) {
    out.push(`  s${i}:`, '    image: nginx');
    if (i + 1 < count) out.push('    depends_on:', `      - s${i + 1}`);
  }
  return `${out.join('\n')}\n`;
}

/** `count` services, each with a Server Load Balancer mapping and a host port of its own. */
export function lbServices(count: number): string {
  const out = ["version: '2'", 'services:'];
  for (let i = 0; i < count; i++)
    out.push(
      `  s${i}:`,
      '    image: nginx',
      '    ports:',
      `      - "${10000 + (i % 50000)}:80"`,
      '    labels:',
      `      aliyun.lb.port_80: tcp://slb_${i}:${1 + (i % 65000)}`,
    );
  return `${out.join('\n')}\n`;
}

/** A value nested `depth` flow sequences deep inside a service. */
export function deepNesting(depth: number): string {
  return `version: '2'\nservices:\n  web:\n    image: nginx\n    command: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** One service with `count` keys no Compose version has: each an error with a did-you-mean. */
export function unknownKeys(count: number): string {
  const out = ["version: '2'", 'services:', '  web:', '    image: nginx'];
  for (let i = 0; i < count; i++) out.push(`    k${i}: 1`);
  return `${out.join('\n')}\n`;
}

/** One service with `count` misspelt `aliyun.*` labels: each a warning with a did-you-mean. */
export function unknownLabels(count: number): string {
  const out = ["version: '2'", 'services:', '  web:', '    image: nginx', '    labels:'];
  for (let i = 0; i < count; i++) out.push(`      aliyun.scal${i}: "1"`);
  return `${out.join('\n')}\n`;
}

/** `count` services, each linking to the one before it and mounting a declared named volume. */
export function linkedServices(count: number): string {
  const out = ["version: '2'", 'volumes:', '  data: {}', 'services:'];
  for (let i = 0; i < count; i++) {
    out.push(`  s${i}:`, '    image: nginx', '    volumes: ["data:/data"]');
    if (i > 0) out.push(`    links: [s${i - 1}]`);
  }
  return `${out.join('\n')}\n`;
}

/** One service publishing `count` ports (host ports from 20001), each with a Server Load Balancer mapping. */
export function lbPorts(count: number): string {
  const out = ["version: '2'", 'services:', '  web:', '    image: nginx', '    ports:'];
  for (let i = 1; i <= count; i++) out.push(`      - "${20_000 + i}:${i}"`);
  out.push('    labels:');
  for (let i = 1; i <= count; i++) out.push(`      aliyun.lb.port_${i}: tcp://slb:${i}`);
  return `${out.join('\n')}\n`;
}

/** `count` services where each extends the one before it (and sets its own image). */
export function extendsChain(count: number): string {
  const out = ["version: '2'", 'services:', '  s0:', '    image: nginx', '    environment: [A=1]'];
  for (let i = 1; i < count; i++) out.push(`  s${i}:`, `    extends: s${i - 1}`, `    image: nginx:${i}`);
  return `${out.join('\n')}\n`;
}

/** One service merging (`<<:`) an anchored mapping of `count` labels. */
export function wideMerge(count: number): string {
  const out = ["version: '2'", 'x-labels: &labels'];
  for (let i = 0; i < count; i++) out.push(`  l${i}: "${i}"`);
  out.push('services:', '  web:', '    image: nginx', '    labels:', '      <<: *labels', '      aliyun.scale: "2"');
  return `${out.join('\n')}\n`;
}

/** The cases above at the sizes issue 7 names, each about the size the BFF accepts (≤ 1 MB). */
export const WORST_CASES: readonly { name: string; source: () => string }[] = [
  { name: 'aliases-4000', source: () => aliasFlood(4_000) },
  { name: 'merge-keys-20000', source: () => mergeFlood(20_000) },
  { name: 'variables-17600-syntax-error', source: () => variableFlood(17_600, true) },
  { name: 'random-bytes-1MiB', source: () => randomText(1024 * 1024 - 1024) },
  { name: 'depends-chain-5000', source: () => dependsChain(5_000) },
  { name: 'lb-services-10000', source: () => lbServices(10_000) },
  { name: 'nesting-5000', source: () => deepNesting(5_000) },
  { name: 'unknown-keys-60000', source: () => unknownKeys(60_000) },
  { name: 'unknown-labels-35000', source: () => unknownLabels(35_000) },
  { name: 'linked-services-12000', source: () => linkedServices(12_000) },
  { name: 'lb-ports-15000', source: () => lbPorts(15_000) },
  { name: 'extends-chain-12000', source: () => extendsChain(12_000) },
  { name: 'wide-merge-50000', source: () => wideMerge(50_000) },
];
