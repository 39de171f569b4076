import { describe } from 'vitest';
import { postgresAvailable } from '../testing/test-database.ts';
import { loadBalancerApiSuite } from './load-balancers-api.suite.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('Server Load Balancers, listeners and certificates (PostgreSQL)', () =>
  loadBalancerApiSuite('postgres'),
);
