import type { ServiceDto } from '@cs/contracts';
import { workloadOperationProblem } from '@cs/domain';

/** What the Service List's Action column can do to a service, each with a dialog of its own. */
export type ServiceOperation = 'update' | 'stop' | 'start' | 'delete' | 'reschedule' | 'restart';

/** The guide's words for each operation's link (Activate starts a stopped service). */
export const SERVICE_OPERATION_LABELS: Record<ServiceOperation, string> = {
  update: 'Update',
  stop: 'Stop',
  start: 'Activate',
  delete: 'Delete',
  reschedule: 'Reschedule',
  restart: 'Restart',
};

/** Stop for a service meant to run, Activate for one that was stopped. */
export function serviceSwitch(service: { spec: Pick<ServiceDto['spec'], 'desiredState'> }): 'stop' | 'start' {
  return service.spec.desiredState === 'stopped' ? 'start' : 'stop';
}

/** Why an operation cannot start now (another one runs), or undefined when it can. */
export function serviceOperationProblem(
  service: { status: Pick<ServiceDto['status'], 'phase'> },
  operation: ServiceOperation,
): string | undefined {
  return workloadOperationProblem('The service', service.status.phase, operation);
}

type Definition = ServiceDto['spec']['definition'];
type Port = Definition['ports'][number];

const range = (first: number, count: number) => (count > 1 ? `${first}-${first + count - 1}` : String(first));

/** The Configurations tab's "Container Port": `80`, `8000-8002`, with `/udp` for UDP. */
export function containerPortText(port: Pick<Port, 'containerPort' | 'count' | 'protocol'>): string {
  const text = range(port.containerPort, port.count);
  return port.protocol === 'udp' ? `${text}/udp` : text;
}

/** The Configurations tab's "Mapping Port": the host port asked for, or Dynamic (a random one), as the guide shows. */
export function mappingPortText(port: Pick<Port, 'hostPort' | 'hostIp' | 'count'>): string {
  if (port.hostPort === undefined) return 'Dynamic';
  const text = range(port.hostPort, port.count);
  return port.hostIp ? `${port.hostIp}:${text}` : text;
}

/** The Service List's Image column; a service of an external host has none. */
export function serviceImageText(service: { spec: { definition: Pick<Definition, 'image' | 'external'> } }): string {
  const { image, external } = service.spec.definition;
  if (image) return image;
  return external ? `External: ${external.host}` : '-';
}
