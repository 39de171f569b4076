import type { NewEvent, Resource, ResourceStatus, StoredEvent } from '@cs/domain';
import type { Selectable } from 'kysely';
import type { EventsTable, ResourcesTable } from './schema.ts';

export type AnyResource = Resource<unknown, ResourceStatus>;

export function toResource<R extends AnyResource>(row: Selectable<ResourcesTable>): R {
  return {
    metadata: {
      id: row.id,
      name: row.name,
      generation: row.generation,
      resourceVersion: row.resource_version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    spec: JSON.parse(row.spec) as unknown,
    status: JSON.parse(row.status) as ResourceStatus,
  } as R;
}

export function toEvent(row: Selectable<EventsTable>): StoredEvent {
  return {
    id: row.id,
    clusterId: row.cluster_id,
    resourceKind: row.resource_kind as NewEvent['resourceKind'],
    resourceId: row.resource_id,
    level: row.level,
    reason: row.reason,
    message: row.message,
    createdAt: row.created_at,
    ...(row.application_id ? { applicationId: row.application_id } : {}),
    ...(row.service_id ? { serviceId: row.service_id } : {}),
  };
}

function escapeLike(text: string): string {
  return text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%` and `_` match literally in a LIKE pattern built from user text. */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern for names starting with `text` (lower case, `%` and `_` literal). */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}
