import { CustomDataObjectSchema } from '@cs/contracts';
import type { CustomDataAcceptedDto } from '@cs/contracts';
import { InputError } from '@cs/domain';
import type { Container, Service } from '@cs/domain';
import { TAGS_LABEL, tagNames } from '@cs/simulator';
import type { NewCustomPoint } from '../../store/custom-point-store.ts';
import { RETENTION_MS } from '../../store/custom-point-store.ts';
import type { Store } from '../../store/store.ts';
import { parseInput } from '../../http/parse.ts';
import type { CustomPointStore } from '../../store/custom-point-store.ts';
import { parseLineProtocol } from './line-protocol.ts';
import type { LinePoint } from './line-protocol.ts';

/** A point may be dated a little ahead (clocks differ), never into next week. */
const FUTURE_MS = 5 * 60_000;
/** Fields one submission may carry (a container keeps 10,000). */
export const MAX_SUBMITTED_FIELDS = 2_000;

const sortedJson = (tags: Record<string, string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(tags).sort(([a], [b]) => a.localeCompare(b))));

/** The guide's JSON object: numbers and booleans are fields, the keys `aliyun.monitoring.tags` lists are tags. */
function objectPoint(body: unknown, container: Container, service: Service | undefined): LinePoint {
  const object = parseInput(CustomDataObjectSchema, body);
  const tagKeys = new Set(tagNames(service?.spec.definition.labels[TAGS_LABEL]));
  const tags: Record<string, string> = {};
  const fields: Record<string, number> = {};
  for (const [key, value] of Object.entries(object)) {
    if (tagKeys.has(key)) tags[key] = String(value);
    else if (typeof value === 'number') fields[key] = value;
    else if (typeof value === 'boolean') fields[key] = value ? 1 : 0;
  }
  return { measurement: `httpjson_${container.metadata.name}`, tags, fields, at: null };
}

/** The HTTP data interface: validates, dates and stores what a client submitted. */
export async function submitCustomData(
  store: Store,
  points: CustomPointStore,
  now: number,
  containerId: string,
  body: { json: unknown } | { text: string },
): Promise<CustomDataAcceptedDto> {
  const container = await store.containers.get(containerId);
  const service = await store.resources.find<Service>('service', container.spec.serviceId);
  const parsed = 'text' in body ? parseLineProtocol(body.text) : [objectPoint(body.json, container, service)];
  const rows: NewCustomPoint[] = [];
  for (const point of parsed) {
    const at = point.at ?? now;
    if (at < now - RETENTION_MS || at > now + FUTURE_MS)
      throw new InputError([{ field: 'timestamp', message: 'Give points of the last 7 days.' }]);
    for (const [field, value] of Object.entries(point.fields))
      rows.push({
        container_id: containerId,
        cluster_id: container.spec.clusterId,
        measurement: point.measurement,
        field,
        tags: sortedJson(point.tags),
        value,
        at: new Date(at).toISOString(),
      });
  }
  if (rows.length > MAX_SUBMITTED_FIELDS)
    throw new InputError([{ field: '(body)', message: `Send at most ${MAX_SUBMITTED_FIELDS} fields at a time.` }]);
  if (rows.length === 0)
    throw new InputError([{ field: '(body)', message: 'Send at least one number or boolean field.' }]);
  await points.add(containerId, rows, now);
  return { measurement: parsed[0]!.measurement, fields: rows.length };
}
