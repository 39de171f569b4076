import { z } from 'zod';

/** One change to a stored resource, as the watch stream sends it. */
export const WatchEventSchema = z.object({
  type: z.enum(['ADDED', 'MODIFIED', 'DELETED']),
  /** `operation`: a new or finished Operation Logs record (its id), not a resource. */
  kind: z.enum([
    'cluster',
    'node',
    'instance',
    'application',
    'service',
    'container',
    'fault',
    'template',
    'image',
    'load-balancer',
    'certificate',
    'volume',
    'oss-bucket',
    'trigger',
    'node-scaling-rule',
    'ram-service',
    'timing-task',
    'operation',
  ]),
  id: z.string(),
  resourceVersion: z.number().int(),
});
export type WatchEvent = z.infer<typeof WatchEventSchema>;
