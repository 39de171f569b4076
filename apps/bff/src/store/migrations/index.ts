import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../database.ts';
import { initial } from './001-initial.ts';
import { clusterCredentials } from './002-cluster-credentials.ts';
import { workloads } from './003-workloads.ts';
import { dockerEndpoints } from './004-docker-endpoints.ts';
import { operationLogs } from './005-operation-logs.ts';
import { monitoring } from './006-monitoring.ts';
import { alarmRules } from './007-alarm-rules.ts';
import { routing } from './008-routing.ts';
import { scalingCounters } from './013-scaling-counters.ts';

/** Every migration, in order; names sort as they must run. Never edit one that has shipped. */
export function migrations(dialect: Dialect): MigrationProvider {
  const all: Record<string, Migration> = {
    '001-initial': initial(dialect),
    '002-cluster-credentials': clusterCredentials,
    '003-workloads': workloads,
    '004-docker-endpoints': dockerEndpoints,
    '005-operation-logs': operationLogs(dialect),
    '006-monitoring': monitoring(dialect),
    '007-alarm-rules': alarmRules(dialect),
    '008-routing': routing,
    '013-scaling-counters': scalingCounters,
  };
  return { getMigrations: async () => all };
}
