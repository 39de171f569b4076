import { describe } from 'vitest';
import { postgresAvailable } from '../testing/test-database.ts';
import { triggersApiSuite } from './triggers-api.suite.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('application triggers and the trigger link (PostgreSQL)', () =>
  triggersApiSuite('postgres'),
);
