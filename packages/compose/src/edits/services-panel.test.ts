import { ConflictError, InputError, NotFoundError } from '@cs/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yaml } from '../../testing/analysis.ts';
import { CORPUS, corpusFiles } from '../../testing/corpus.ts';
import { fixtureTemplates } from '../../testing/fixtures.ts';
import { GUIDE_TEMPLATES } from '../../testing/guide-templates.ts';
import { deepNesting } from '../../testing/pathological.ts';
import { describeWithShared } from '../../testing/shared.ts';
import { analyzeTemplate } from '../analyze.ts';
import {
  addServiceEdit,
  listServices,
  readServiceForm,
  removeServiceEdit,
  replaceServiceEdit,
} from './services-panel.ts';
import { applyTextEdit } from './text.ts';

const V2 = yaml(
  "version: '2'",
  'services:',
  '  # the database',
  '  db:   # key comment',
  '    image: mysql:5.7  # pinned',
  '    environment:',
  '      - MYSQL_ROOT_PASSWORD=secret',
  '    labels:',
  '      - aliyun.scale=1   # one',
  '      - aliyun.logs=/var/log/mysql',
  '    # end of db',
  '  web:',
  '    image: wordpress',
  '    ports:',
  '    - "80:80"',
  'volumes:',
  '  data: {}',
);

describe('listServices', () => {
  it('lists version 2 services with their line ranges', () => {
    expect(listServices(V2)).toEqual([
      { name: 'db', startLine: 4, endLine: 10 },
      { name: 'web', startLine: 12, endLine: 15 },
    ]);
  });

  it('lists version 1 services, and nothing for unreadable text', () => {
    expect(listServices(yaml('web:', '  image: x', 'db:', '  image: y'))).toEqual([
      { name: 'web', startLine: 1, endLine: 2 },
      { name: 'db', startLine: 3, endLine: 4 },
    ]);
    expect(listServices('web: [')).toEqual([]);
  });
});

describe('replaceServiceEdit', () => {
  it('rewrites only the service block, keeping its comments and the keys the form leaves out', () => {
    const edit = replaceServiceEdit(V2, 'db', { name: 'db', image: 'mysql:8', scale: 2 });
    expect(edit.range).toEqual({ startLineNumber: 4, startColumn: 3, endLineNumber: 11, endColumn: 16 });
    expect(applyTextEdit(V2, edit)).toBe(
      V2.replace('image: mysql:5.7  # pinned', 'image: mysql:8 # pinned').replace(
        'aliyun.scale=1   # one',
        'aliyun.scale=2 # one',
      ),
    );
  });

  it('sets lists, records and removes what the form empties', () => {
    const next = applyTextEdit(
      V2,
      replaceServiceEdit(V2, 'web', {
        name: 'web',
        ports: ['8080:80'],
        environment: { A: 'b' },
        labels: { 'aliyun.routing.port_80': 'wordpress' },
      }),
    );
    const web = analyzeTemplate(next).services.find((s) => s.name === 'web');
    expect(web?.ports.map((p) => p.hostPort)).toEqual([8080]);
    expect(web?.environment).toEqual({ A: 'b' });
    expect(web?.labels).toEqual({ 'aliyun.routing.port_80': 'wordpress' });
    const cleared = applyTextEdit(
      next,
      replaceServiceEdit(next, 'web', { name: 'web', ports: [], environment: null, labels: null }),
    );
    expect(cleared).toContain('  web:\n    image: wordpress\nvolumes:');
    expect(cleared.startsWith(V2.slice(0, V2.indexOf('  web:')))).toBe(true);
  });

  it('rewrites a service that merges an anchor set outside it, keeping the merge', () => {
    const source = yaml(
      "version: '2.1'",
      'x-base: &base',
      '  restart: always',
      'services:',
      '  web:',
      '    <<: *base',
      '    image: nginx',
    );
    const next = applyTextEdit(source, replaceServiceEdit(source, 'web', { name: 'web', image: 'nginx:1.21' }));
    expect(next).toBe(source.replace('image: nginx', 'image: nginx:1.21'));
    expect(analyzeTemplate(next).services[0]).toMatchObject({ image: 'nginx:1.21', restart: 'always' });
  });

  it('renames a service', () => {
    const next = applyTextEdit(V2, replaceServiceEdit(V2, 'web', { name: 'frontend' }));
    expect(listServices(next).map((s) => s.name)).toEqual(['db', 'frontend']);
  });

  it('refuses a rename onto another service, an unknown service and malformed YAML', () => {
    expect(() => replaceServiceEdit(V2, 'web', { name: 'db' })).toThrow(ConflictError);
    expect(() => replaceServiceEdit(V2, 'cache', { name: 'cache' })).toThrow(NotFoundError);
    expect(() => replaceServiceEdit('web: [', 'web', { name: 'web' })).toThrow(InputError);
  });

  it('says why it cannot edit a template nested too deeply, or of two documents', () => {
    expect(() => replaceServiceEdit(deepNesting(5000), 'web', { name: 'web' })).toThrow(
      /^content: The template is nested too deeply/,
    );
    const twoDocuments = yaml('web:', '  image: x', '---', 'db:', '  image: y');
    expect(() => replaceServiceEdit(twoDocuments, 'web', { name: 'web' })).toThrow(
      /^content: A template is one YAML document/,
    );
  });
});

describe('addServiceEdit', () => {
  it('adds a version 2 service after the last one, in the document style', () => {
    const next = applyTextEdit(V2, addServiceEdit(V2, { name: 'cache', image: 'redis', scale: 2, ports: ['6379'] }));
    expect(next).toBe(
      V2.replace(
        '    - "80:80"\n',
        '    - "80:80"\n  cache:\n    image: redis\n    ports:\n    - "6379"\n    labels:\n      aliyun.scale: "2"\n',
      ),
    );
    expect(analyzeTemplate(next).diagnostics).toEqual([]);
  });

  it('adds a version 1 service, and a first service to an empty template as the console does', () => {
    const v1 = yaml('web:', '  image: nginx');
    expect(applyTextEdit(v1, addServiceEdit(v1, { name: 'db', image: 'mysql' }))).toBe(
      yaml('web:', '  image: nginx', 'db:', '  image: mysql'),
    );
    const first = applyTextEdit(
      '',
      addServiceEdit('', {
        name: 'newServiceBlock1',
        image: 'nginx:latest',
        restart: 'always',
        expose: ['80/tcp'],
        scale: 1,
      }),
    );
    expect(first).toBe(
      yaml(
        'newServiceBlock1:',
        '  image: nginx:latest',
        '  restart: always',
        '  expose:',
        '    - "80/tcp"',
        '  labels:',
        '    aliyun.scale: "1"',
      ),
    );
  });

  it('adds under an empty services key', () => {
    const source = yaml("version: '2'", 'services:');
    const next = applyTextEdit(source, addServiceEdit(source, { name: 'web', image: 'nginx' }));
    expect(analyzeTemplate(next).services.map((s) => s.name)).toEqual(['web']);
  });

  it('refuses a name the template already has', () => {
    expect(() => addServiceEdit(V2, { name: 'db', image: 'x' })).toThrow(ConflictError);
  });
});

describe('removeServiceEdit', () => {
  it('removes the service lines and nothing else', () => {
    const next = applyTextEdit(V2, removeServiceEdit(V2, 'db'));
    expect(next).toBe(
      yaml(
        "version: '2'",
        'services:',
        '  # the database',
        '  web:',
        '    image: wordpress',
        '    ports:',
        '    - "80:80"',
        'volumes:',
        '  data: {}',
      ),
    );
  });

  it('removes from a flow mapping too', () => {
    const source = yaml("version: '2'", 'services: {a: {image: x}, b: {image: y}}');
    expect(listServices(applyTextEdit(source, removeServiceEdit(source, 'a'))).map((s) => s.name)).toEqual(['b']);
  });
});

describe('readServiceForm', () => {
  it('reads what the Edit dialog shows', () => {
    expect(readServiceForm(V2, 'db')).toEqual({
      name: 'db',
      image: 'mysql:5.7',
      scale: 1,
      ports: [],
      expose: [],
      environment: { MYSQL_ROOT_PASSWORD: 'secret' },
      labels: { 'aliyun.logs': '/var/log/mysql' },
      links: [],
      volumes: [],
      restart: null,
      command: null,
    });
    expect(readServiceForm(V2, 'nope')).toBeUndefined();
  });
});

/** Writing back, service by service, the form read from each service changes no analysis. */
function expectRoundTrip(original: string): void {
  let source = original;
  for (const { name } of listServices(source)) {
    const form = readServiceForm(source, name);
    if (form) source = applyTextEdit(source, replaceServiceEdit(source, name, form));
  }
  const before = analyzeTemplate(original);
  const after = analyzeTemplate(source);
  const comparable = (a: typeof before) => a.services.map((s) => ({ ...s, span: null }));
  expect(after.services.length).toBe(listServices(original).length);
  expect(comparable(after)).toEqual(comparable(before));
  expect(after.diagnostics.map((d) => d.code)).toEqual(before.diagnostics.map((d) => d.code));
}

describe('the form round trip', () => {
  const own = [
    ...GUIDE_TEMPLATES.filter((g) => !g.expected.some((e) => e.includes('yaml-syntax'))).map((g) => [
      g.section,
      g.source,
    ]),
    ...fixtureTemplates().map(({ file, source }) => [file, source]),
  ];

  it.each(own)('round-trips %s: writing back the form read changes no analysis', (_name, source) => {
    expectRoundTrip(source ?? '');
  });
});

describeWithShared('the form round trip over the awesome-compose corpus', CORPUS, 'the corpus round trip', (dir) => {
  it.each(corpusFiles(dir))('round-trips %s', (file) => {
    expectRoundTrip(readFileSync(join(dir, file), 'utf8'));
  });
});
