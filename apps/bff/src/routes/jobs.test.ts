import { describe } from 'vitest';
import { jobsApiSuite } from './jobs-api.suite.ts';

describe('offline jobs API (SQLite)', () => jobsApiSuite('sqlite'));
