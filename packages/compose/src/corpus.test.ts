import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CORPUS, corpusFiles } from '../testing/corpus.ts';
import { describeWithShared } from '../testing/shared.ts';
import { analyzeTemplate } from './analyze.ts';
import type { Diagnostic } from './diagnostics.ts';

/**
 * What each corpus file uses that the Container Service does not take, at its line and column:
 * `unsupported-key` (the guide's table: build, networks, stdin_open…), `key-requires-version`
 * (keys of later formats, in none of the version 1/2.0/2.1 schemas: secrets, deploy, platform,
 * runtime, name, healthcheck.start_period) and `volume-long-syntax` (type/source/target volumes,
 * which came after version 2). Nothing else.
 */
const EXPECTED_ERRORS: Readonly<Record<string, string[]>> = {
  'angular/compose.yaml': ['unsupported-key 3:5 build'],
  'apache-php/compose.yaml': ['unsupported-key 3:5 build'],
  'aspnet-mssql/compose.yaml': ['unsupported-key 3:5 build', 'key-requires-version 19:9 start_period'],
  'django/compose.yaml': ['unsupported-key 3:5 build'],
  'elasticsearch-logstash-kibana/compose.yaml': [
    'unsupported-key 16:5 networks',
    'unsupported-key 34:5 networks',
    'unsupported-key 44:5 networks',
    'unsupported-key 46:1 networks',
  ],
  'fastapi/compose.yaml': ['unsupported-key 3:5 build'],
  'flask-redis/compose.yaml': ['unsupported-key 7:5 build'],
  'flask/compose.yaml': ['unsupported-key 3:5 build'],
  'gitea-postgres/compose.yaml': [],
  'minecraft/compose.yaml': ['key-requires-version 8:4 deploy'],
  'nextcloud-postgres/compose.yaml': [],
  'nextcloud-redis-mariadb/compose.yaml': [
    'unsupported-key 9:5 networks',
    'unsupported-key 21:5 networks',
    'unsupported-key 31:5 networks',
    'unsupported-key 43:1 networks',
  ],
  'nginx-aspnet-mysql/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 6:5 secrets',
    'key-requires-version 25:7 start_period',
    'key-requires-version 26:5 secrets',
    'unsupported-key 35:5 build',
    'key-requires-version 44:1 secrets',
  ],
  'nginx-flask-mongo/compose.yaml': ['unsupported-key 15:5 build'],
  'nginx-flask-mysql/compose.yaml': [
    'key-requires-version 13:7 start_period',
    'key-requires-version 14:5 secrets',
    'unsupported-key 18:5 networks',
    'unsupported-key 28:5 build',
    'key-requires-version 32:5 secrets',
    'unsupported-key 36:5 networks',
    'unsupported-key 44:5 build',
    'unsupported-key 50:5 networks',
    'key-requires-version 56:1 secrets',
    'unsupported-key 60:1 networks',
  ],
  'nginx-golang-mysql/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 6:5 secrets',
    'key-requires-version 23:7 start_period',
    'key-requires-version 24:5 secrets',
    'volume-long-syntax 37:9 volumes',
    'key-requires-version 49:1 secrets',
  ],
  'nginx-golang-postgres/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 6:5 secrets',
    'key-requires-version 16:5 secrets',
    'volume-long-syntax 34:9 volumes',
    'key-requires-version 46:1 secrets',
  ],
  'nginx-golang/compose.yaml': ['volume-long-syntax 5:9 volumes', 'unsupported-key 15:5 build'],
  'nginx-nodejs-redis/compose.yaml': [
    'unsupported-key 9:5 build',
    'unsupported-key 15:5 build',
    'unsupported-key 20:5 build',
  ],
  'nginx-wsgi-flask/compose.yaml': ['unsupported-key 3:5 build', 'unsupported-key 20:5 build'],
  'pihole-cloudflared-DoH/compose.yaml': [
    'unsupported-key 14:5 networks',
    'unsupported-key 48:5 networks',
    'unsupported-key 51:1 networks',
  ],
  'plex/compose.yaml': [],
  'portainer/compose.yaml': [],
  'postgresql-pgadmin/compose.yaml': [],
  'prometheus-grafana/compose.yaml': [],
  'react-express-mongodb/compose.yaml': [
    'unsupported-key 3:5 build',
    'unsupported-key 8:5 stdin_open',
    'unsupported-key 13:5 networks',
    'unsupported-key 20:5 build',
    'unsupported-key 28:5 networks',
    'unsupported-key 38:5 networks',
    'unsupported-key 42:1 networks',
  ],
  'react-express-mysql/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 19:5 secrets',
    'unsupported-key 26:5 networks',
    'key-requires-version 38:5 secrets',
    'unsupported-key 42:5 networks',
    'unsupported-key 48:5 build',
    'unsupported-key 56:5 networks',
    'unsupported-key 60:1 networks',
    'key-requires-version 66:1 secrets',
  ],
  'react-java-mysql/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 5:5 secrets',
    'unsupported-key 9:5 networks',
    'key-requires-version 28:7 start_period',
    'key-requires-version 29:5 secrets',
    'unsupported-key 33:5 networks',
    'unsupported-key 36:5 build',
    'unsupported-key 44:5 networks',
    'key-requires-version 53:1 secrets',
    'unsupported-key 56:1 networks',
  ],
  'react-nginx/compose.yaml': ['unsupported-key 3:5 build'],
  'react-rust-postgres/compose.yaml': [
    'key-requires-version 1:1 name',
    'unsupported-key 4:5 build',
    'unsupported-key 7:5 networks',
    'unsupported-key 15:5 build',
    'unsupported-key 25:5 networks',
    'unsupported-key 39:5 networks',
    'unsupported-key 46:1 networks',
  ],
  'sparkjava-mysql/compose.yaml': [
    'unsupported-key 3:5 build',
    'key-requires-version 6:5 secrets',
    'key-requires-version 14:5 secrets',
    'key-requires-version 26:1 secrets',
  ],
  'sparkjava/compose.yaml': ['unsupported-key 3:5 build'],
  'spring-postgres/compose.yaml': [
    'unsupported-key 3:5 build',
    'unsupported-key 8:5 networks',
    'key-requires-version 13:5 secrets',
    'unsupported-key 17:5 networks',
    'key-requires-version 26:1 secrets',
    'unsupported-key 29:1 networks',
  ],
  'traefik-golang/compose.yaml': ['unsupported-key 14:5 build'],
  'vuejs/compose.yaml': ['unsupported-key 3:5 build'],
  'wasmedge-kafka-mysql/compose.yml': [
    'key-requires-version 23:5 platform',
    'unsupported-key 24:5 build',
    'key-requires-version 32:5 runtime',
  ],
  'wasmedge-mysql-nginx/compose.yml': [
    'key-requires-version 11:5 platform',
    'unsupported-key 12:5 build',
    'key-requires-version 20:5 runtime',
  ],
  'wireguard/compose.yaml': [],
  'wordpress-mysql/compose.yaml': [],
};

/**
 * The only warnings a corpus file may get: these files are Compose Specification files, written
 * without a `version` (read as version 2.1, `missing-version`) or with version '3.7' (read as 2.1,
 * `unsupported-version`). Everything else in them is either supported or an error above.
 */
const LEGITIMATE_WARNINGS = ['missing-version', 'unsupported-version'];

const describeError = (d: Diagnostic) =>
  `${d.code} ${d.line}:${d.column} ${String([...d.path].reverse().find((p) => typeof p === 'string'))}`;

describeWithShared(
  'conformance with the awesome-compose corpus',
  CORPUS,
  'conformance against the awesome-compose corpus',
  (dir) => {
    const files = corpusFiles(dir);

    it('covers every Compose file of the corpus', () => {
      expect(files).toEqual(Object.keys(EXPECTED_ERRORS).sort());
    });

    it.each(files)('%s: errors name exactly the unsupported keys, at their lines', (file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const { diagnostics } = analyzeTemplate(source);
      expect(diagnostics.filter((d) => d.severity === 'error').map(describeError)).toEqual(EXPECTED_ERRORS[file]);
      for (const d of diagnostics.filter((x) => x.severity !== 'error')) expect(LEGITIMATE_WARNINGS).toContain(d.code);
      for (const d of diagnostics.filter((x) => /^(unsupported-key|unknown-key|key-requires-version)$/.test(x.code))) {
        const key = String(d.path[d.path.length - 1]);
        const line = source.split('\n')[d.line - 1] ?? '';
        expect(line.slice(d.column - 1, d.endColumn - 1)).toBe(key);
      }
    });
  },
);
