import { describe } from 'vitest';
import { volumeApiSuite } from './volumes-api.suite.ts';

describe('data volumes and OSS buckets (SQLite)', () => volumeApiSuite('sqlite'));
