import { defaultServiceDefinition } from '@cs/domain';
import type { ServiceDefinition, SystemServiceTemplate } from '@cs/domain';

/** A system service as the engine runs it: global, always restarted, with its reservations. */
export function makeSystemDefinition(template: SystemServiceTemplate, version: string): ServiceDefinition {
  return defaultServiceDefinition({
    image: template.image(version),
    global: true,
    labels: { 'aliyun.global': 'true' },
    restart: 'always',
    cpuShares: template.cpuShares,
    memLimit: template.memLimit,
  });
}
