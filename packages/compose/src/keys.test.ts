import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../testing/shared.ts';
import { SCHEMA_SERVICE_KEYS, SERVICE_KEY_KINDS, VOLUME_KEYS, allServiceKeys } from './keys.ts';

interface Schema {
  definitions: { service: { properties: Record<string, unknown> }; volume?: { properties: Record<string, unknown> } };
}

describeWithShared(
  'keys per version, against the reference schemas',
  'reference/compose-schemas',
  'conformance with the reference Compose schemas',
  (dir) => {
    const schema = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Schema;

    it.each([
      ['1', 'config_schema_v1.json'],
      ['2.0', 'config_schema_v2.0.json'],
      ['2.1', 'config_schema_v2.1.json'],
    ] as const)('service keys match the reference schema of version %s', (version, file) => {
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
  },
);

describe('service keys', () => {
  it('give every key a value shape', () => {
    expect(allServiceKeys().filter((k) => !SERVICE_KEY_KINDS[k])).toEqual([]);
  });
});
