import { describe, expect, it } from 'vitest';
import { findings, withCode, yaml } from '../testing/analysis.ts';

/** A version 3 file and a file without `version` are read as 2.1: what 2.1 lacks must be an error naming it. */
describe('keys of Compose formats after 2.1', () => {
  const v3 = yaml(
    "version: '3.7'",
    'services:',
    '  web:',
    '    image: nginx',
    '    init: true',
    '    deploy:',
    '      replicas: 2',
    '    secrets: [db-password]',
    '    configs: [site]',
    '    credential_spec:',
    '      file: spec.json',
    '    healthcheck:',
    '      test: ["CMD", "true"]',
    '      start_period: 5s',
    'secrets:',
    '  db-password: {file: password.txt}',
    'configs:',
    '  site: {file: site.conf}',
  );

  it('are each an error at the key, after the warning that the file is read as 2.1', () => {
    expect(findings(v3)).toEqual([
      'warning unsupported-version 1:10-1:15',
      'error key-requires-version 5:5-5:9',
      'error key-requires-version 6:5-6:11',
      'error key-requires-version 8:5-8:12',
      'error key-requires-version 9:5-9:12',
      'error key-requires-version 10:5-10:20',
      'error key-requires-version 14:7-14:19',
      'error key-requires-version 15:1-15:8',
      'error key-requires-version 17:1-17:8',
    ]);
  });

  it('name the key and the format it belongs to', () => {
    const messages = withCode(v3, 'key-requires-version').map((d) => d.message);
    expect(messages[1]).toBe(
      "`deploy` belongs to Compose file version 3, which the Container Service does not read: it reads the version 1 and version 2 formats, and this template as version '2.1', which has no `deploy`.",
    );
    expect(messages.map((m) => /^`([a-z_]+)` belongs to Compose file (.+?), which/.exec(m)?.slice(1))).toEqual([
      ['init', "versions '2.2' and '3.7'"],
      ['deploy', 'version 3'],
      ['secrets', "version '3.1'"],
      ['configs', "version '3.3'"],
      ['credential_spec', "version '3.3'"],
      ['start_period', "versions '2.3' and '3.4'"],
      ['secrets', "version '3.1'"],
      ['configs', "version '3.3'"],
    ]);
  });

  it('are errors in a file without version too, and in a version 2 file', () => {
    const spec = yaml('name: shop', 'services:', '  web:', '    image: nginx', '    platform: linux/amd64');
    expect(findings(spec)).toEqual([
      'error key-requires-version 1:1-1:5',
      'warning missing-version 2:1-2:9',
      'error key-requires-version 5:5-5:13',
    ]);
    expect(findings(yaml("version: '2'", 'services:', '  web:', '    image: nginx', '    scale: 3'))).toEqual([
      'error key-requires-version 5:5-5:10',
    ]);
  });
});
