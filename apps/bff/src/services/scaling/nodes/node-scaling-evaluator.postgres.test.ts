import { describe } from 'vitest';
import { postgresAvailable } from '../../../testing/test-database.ts';
import { nodeScalingSuite } from './node-scaling-evaluator.suite.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('node auto scaling on a manual clock (PostgreSQL)', () => nodeScalingSuite('postgres'));
