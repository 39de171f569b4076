import { describe } from 'vitest';
import { postgresAvailable } from '../testing/test-database.ts';
import { volumeApiSuite } from './volumes-api.suite.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('data volumes and OSS buckets (PostgreSQL)', () => volumeApiSuite('postgres'));
