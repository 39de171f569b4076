/** A version 2 template of about `lines` lines, every service using most keys and label families. */
export function largeTemplate(lines: number): string {
  const out = ["version: '2'", 'services:'];
  for (let i = 0; out.length < lines - 2; i++) {
    out.push(
      `  web${i}:`,
      `    image: registry.aliyuncs.com/acs-sample/wordpress:4.${i % 9}`,
      '    restart: always',
      `    cpu_shares: ${(i % 4) * 25 + 25}`,
      '    mem_limit: 512m',
      '    ports:',
      `      - "${10000 + i}:80"`,
      '      - 443/tcp',
      '    expose:',
      '      - 8080',
      '    environment:',
      '      - WORDPRESS_DB_PASSWORD=${DB_PASSWORD}',
      `      - 'constraint:aliyun.node_index==(1 2 3)'`,
      '      - affinity:service!=~db',
      '      - availability:az==~2',
      '    links:',
      '      - db:mysql',
      '    volumes:',
      `      - /data/web${i}:/var/www/html`,
      '    labels:',
      '      aliyun.scale: "3"',
      "      aliyun.rolling_updates: 'true'",
      '      aliyun.rolling_updates.parallelism: "2"',
      '      aliyun.probe.url: http://container:80/ping',
      '      aliyun.probe.initial_delay_seconds: "10"',
      `      aliyun.routing.port_80: web${i};http://www${i}.example.com/context`,
      `      aliyun.lb.port_80: tcp://slb_${i}:80`,
      '      aliyun.auto_scaling.max_cpu: "70"',
      '      aliyun.auto_scaling.min_cpu: "20"',
      '      aliyun.depends: db',
    );
  }
  out.push('  db:', '    image: mysql:5.7');
  return `${out.join('\n')}\n`;
}
