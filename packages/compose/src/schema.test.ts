import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../testing/shared.ts';
import { allServiceKeys, KEY_ALIASES, UNSUPPORTED_KEYS } from './keys.ts';
import { isKnownLabel } from './labels/catalog.ts';
import { LABEL_DOCS } from './labels/docs.ts';
import { templateJsonSchema } from './schema.ts';
import type { JsonSchema } from './schema.ts';

function definition(name: string): JsonSchema {
  const found = templateJsonSchema.definitions?.[name];
  if (!found) throw new Error(`No definition ${name}`);
  return found;
}

function labelProperties(name: 'serviceLabels' | 'jobLabels'): Record<string, JsonSchema> {
  return definition(name).anyOf?.[0]?.properties ?? {};
}

describe('templateJsonSchema', () => {
  it('documents every service key, supported or not', () => {
    const properties = definition('service').properties ?? {};
    for (const key of [...allServiceKeys(), ...Object.keys(UNSUPPORTED_KEYS), ...Object.keys(KEY_ALIASES)]) {
      const property = properties[key];
      expect(property?.description ?? (key === 'labels' ? 'ref' : undefined), key).toBeTruthy();
      if (key !== 'labels') expect(property?.markdownDescription, key).toBeTruthy();
    }
    expect(properties['build']?.description).toMatch(/^Not supported/);
  });

  it('documents every aliyun.* label with the guide summary and an example', () => {
    const service = labelProperties('serviceLabels');
    const job = labelProperties('jobLabels');
    for (const doc of LABEL_DOCS) {
      const name = doc.label.replace('$container_port', '80').replace('$name', 'wordpress');
      const property = (doc.level === 'job' ? job : service)[name];
      expect(property?.description, doc.label).toBe(doc.summary);
      expect(property?.markdownDescription, doc.label).toContain(doc.example);
    }
    expect(Object.keys(definition('serviceLabels').anyOf?.[0]?.patternProperties ?? {})).toHaveLength(3);
  });

  it('is plain JSON whose references all resolve', () => {
    const text = JSON.stringify(templateJsonSchema);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g))
      expect(templateJsonSchema.definitions?.[ref ?? '']).toBeDefined();
  });
});

describeWithShared(
  'LABEL_DOCS against the user guide',
  'guide/container-service-user-guide.md',
  'conformance with the user guide',
  (guidePath) => {
    it('covers every aliyun.* label the user guide mentions', () => {
      const guide = readFileSync(guidePath, 'utf8').replace(/\\/g, '');
      const mentioned = new Set([...guide.matchAll(/aliyun\.[A-Za-z_.]+[A-Za-z_]/g)].map((m) => m[0]));
      /** Mentions that are not service or job labels: a constraint key, a node label, a domain, placeholders and a typo. */
      const notLabels = [
        'aliyun.node_index',
        'aliyun.reschedule',
        'aliyun.com',
        'aliyun.probe.xxx',
        'aliyun.routing_port_xxx',
        'aliyun.lb.port_',
        'aliyun.routing.port_',
      ];
      const unknown = [...mentioned].filter(
        (label) =>
          !notLabels.includes(label) &&
          !isKnownLabel(label.replace(/port_$/, 'port_80'), 'service') &&
          !isKnownLabel(label, 'job'),
      );
      expect(unknown).toEqual([]);
    });
  },
);

describe('LABEL_DOCS', () => {
  it('gives each label a summary and an example that uses it', () => {
    for (const doc of LABEL_DOCS) {
      expect(doc.summary.length, doc.label).toBeGreaterThan(10);
      expect(doc.example.startsWith(doc.label.split('$')[0] ?? ''), doc.label).toBe(true);
    }
  });
});
