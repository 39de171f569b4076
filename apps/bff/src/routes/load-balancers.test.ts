import { describe } from 'vitest';
import { loadBalancerApiSuite } from './load-balancers-api.suite.ts';

describe('Server Load Balancers, listeners and certificates (SQLite)', () => loadBalancerApiSuite('sqlite'));
