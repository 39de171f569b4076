import { describeMetricsApi } from './metrics-api.suite.ts';

describeMetricsApi('sqlite');
