import { describe, it } from 'vitest';
import { postgresAvailable } from '../testing/test-database.ts';
import { describeMetricsApi } from './metrics-api.suite.ts';

if (await postgresAvailable()) describeMetricsApi('postgres');
else describe('metrics API (postgres)', () => it.skip('skipped: PostgreSQL does not answer at 127.0.0.1:5432'));
