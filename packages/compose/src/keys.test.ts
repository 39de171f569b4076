import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SERVICE_KEYS, SERVICE_KEY_KINDS, VOLUME_KEYS, allServiceKeys } from './keys.ts';

/** The reference schemas, read where the shared folder keeps them (not copied into the repo). */
const SCHEMAS = resolve(import.meta.dirname, '../../../../shared/reference/compose-schemas');

interface Schema {
  definitions: { service: { properties: Record<string, unknown> }; volume?: { properties: Record<string, unknown> } };
}

function schema(file: string): Schema {
  return JSON.parse(readFileSync(resolve(SCHEMAS, file), 'utf8')) as Schema;
}

describe('service keys per version', () => {
  it.each([
    ['1', 'config_schema_v1.json'],
    ['2.0', 'config_schema_v2.0.json'],
    ['2.1', 'config_schema_v2.1.json'],
  ] as const)('match the reference schema of version %s', (version, file) => {
    expect([...SCHEMA_SERVICE_KEYS[version]].sort()).toEqual(
      Object.keys(schema(file).definitions.service.properties).sort(),
    );
  });

  it('match the reference named-volume keys', () => {
    expect([...VOLUME_KEYS['2.0']].sort()).toEqual(
      Object.keys(schema('config_schema_v2.0.json').definitions.volume?.properties ?? {}).sort(),
    );
    expect([...VOLUME_KEYS['2.1']].sort()).toEqual(
      Object.keys(schema('config_schema_v2.1.json').definitions.volume?.properties ?? {}).sort(),
    );
  });

  it('give every key a value shape', () => {
    expect(allServiceKeys().filter((k) => !SERVICE_KEY_KINDS[k])).toEqual([]);
  });
});
