import { SERVICE_KEY_DOCS, TOP_LEVEL_DOCS } from './key-docs.ts';
import { allServiceKeys, KEY_ALIASES, SERVICE_KEY_KINDS, UNSUPPORTED_KEYS } from './keys.ts';
import type { ValueKind } from './keys.ts';
import { LABEL_DOCS } from './labels/docs.ts';
import type { LabelDoc } from './labels/docs.ts';

/** The part of JSON Schema (draft-07) the template schema uses, with monaco-yaml's markdownDescription. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: (string | number | boolean)[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
  examples?: unknown[];
}

const SCALAR = ['string', 'number', 'boolean', 'null'];

const TYPES: Readonly<Record<ValueKind, JsonSchema>> = {
  string: { type: ['string', 'number'] },
  'number-or-string': { type: ['string', 'number'] },
  integer: { type: ['integer', 'string'] },
  boolean: { type: ['boolean', 'string'] },
  list: { type: 'array' },
  'string-or-list': { type: ['string', 'array'] },
  'list-or-map': { type: ['array', 'object'] },
  map: { type: 'object' },
  'string-or-map': { type: ['string', 'object'] },
  any: {},
};

const ENUMS: Readonly<Record<string, JsonSchema['enum']>> = {
  'aliyun.project_type': ['batch'],
  'aliyun.remove_containers': ['remove-finished', 'remove-failed', 'remove-all', 'remove-none'],
  'aliyun.global': ['true', 'false'],
  'aliyun.rolling_updates': ['true', 'false'],
  'aliyun.routing.session_sticky': ['true', 'false'],
  'aliyun.proxy.BALANCE': ['roundrobin', 'static-rr', 'source', 'leastconn'],
};

function documented(text: string, example?: string): JsonSchema {
  const markdown = example ? `${text}\n\n\`\`\`yaml\n${example}\n\`\`\`` : text;
  return { description: text, markdownDescription: markdown };
}

function labelSchema(doc: LabelDoc): JsonSchema {
  const values = ENUMS[doc.label];
  return { ...documented(doc.summary, doc.example), type: SCALAR, ...(values ? { enum: values } : {}) };
}

/** Concrete names for the `$container_port` / `$name` labels so completion offers them. */
function labelName(doc: LabelDoc): string {
  return doc.label.replace('$container_port', '80').replace('$name', 'wordpress');
}

const PATTERNS: Readonly<Record<string, string>> = {
  'aliyun.routing.port_$container_port': '^aliyun\\.routing\\.port_\\d+$',
  'aliyun.lb.port_$container_port': '^aliyun\\.lb\\.port_\\d+$',
  'aliyun.log_store_$name': '^aliyun\\.log_store_.+$',
};

function labelsObject(level: LabelDoc['level']): JsonSchema {
  const docs = LABEL_DOCS.filter((d) => d.level === level);
  const properties = Object.fromEntries(docs.map((d) => [labelName(d), labelSchema(d)]));
  const patternProperties = Object.fromEntries(
    docs.filter((d) => PATTERNS[d.label]).map((d) => [PATTERNS[d.label] ?? '', labelSchema(d)]),
  );
  return { type: 'object', properties, patternProperties, additionalProperties: { type: SCALAR } };
}

function labels(level: LabelDoc['level']): JsonSchema {
  const object = labelsObject(level);
  return {
    ...documented(level === 'job' ? (TOP_LEVEL_DOCS['labels'] ?? '') : (SERVICE_KEY_DOCS['labels'] ?? '')),
    anyOf: [object, { type: 'array', items: { anyOf: [{ type: 'string' }, object] } }],
  };
}

function serviceSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of [...allServiceKeys(), ...Object.keys(UNSUPPORTED_KEYS), ...Object.keys(KEY_ALIASES)]) {
    const kind = SERVICE_KEY_KINDS[KEY_ALIASES[key] ?? key] ?? 'any';
    properties[key] = { ...documented(SERVICE_KEY_DOCS[key] ?? key), ...TYPES[kind] };
  }
  properties['labels'] = { $ref: '#/definitions/serviceLabels' };
  properties['restart'] = { ...properties['restart'], enum: ['no', 'always', 'on-failure', 'unless-stopped'] };
  return { type: 'object', description: 'A service: the image and settings its containers share.', properties };
}

/**
 * JSON Schema of an orchestration template for monaco-yaml: completion and hover for every key and
 * `aliyun.*` label. Deliberately permissive; the diagnostics come from `analyzeTemplate`.
 */
export const templateJsonSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:container-service:orchestration-template',
  title: 'Orchestration template',
  description: 'A Docker Compose orchestration template (version 1 or version 2) of the Container Service.',
  type: 'object',
  properties: {
    version: { ...documented(TOP_LEVEL_DOCS['version'] ?? ''), type: ['string', 'number'], enum: ['2', '2.0', '2.1'] },
    services: {
      ...documented(TOP_LEVEL_DOCS['services'] ?? ''),
      type: 'object',
      additionalProperties: { $ref: '#/definitions/service' },
    },
    volumes: { ...documented(TOP_LEVEL_DOCS['volumes'] ?? ''), type: ['object', 'null'] },
    labels: { $ref: '#/definitions/jobLabels' },
    networks: documented(TOP_LEVEL_DOCS['networks'] ?? ''),
  },
  additionalProperties: { $ref: '#/definitions/service' },
  definitions: { service: serviceSchema(), serviceLabels: labels('service'), jobLabels: labels('job') },
};
