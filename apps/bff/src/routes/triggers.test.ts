import { describe } from 'vitest';
import { triggersApiSuite } from './triggers-api.suite.ts';

describe('application triggers and the trigger link (SQLite)', () => triggersApiSuite('sqlite'));
