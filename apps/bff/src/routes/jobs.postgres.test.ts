import { describe } from 'vitest';
import { postgresAvailable } from '../testing/test-database.ts';
import { jobsApiSuite } from './jobs-api.suite.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('offline jobs API (PostgreSQL)', () => jobsApiSuite('postgres'));
