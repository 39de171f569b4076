import { describe } from 'vitest';
import { nodeScalingSuite } from './node-scaling-evaluator.suite.ts';

describe('node auto scaling on a manual clock (SQLite)', () => nodeScalingSuite('sqlite'));
