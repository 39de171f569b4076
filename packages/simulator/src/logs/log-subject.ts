import type { Container, ContainerState, HealthState, ServiceProbe } from '@cs/domain';

/** What a container's logs are derived from: its identity, its image and its lifecycle timestamps. */
export interface LogSubject {
  id: string;
  name: string;
  image: string;
  /** The latest start; null if it never started. */
  startedAt: string | null;
  phase: ContainerState;
  phaseSince: string;
  exitCode: number | null;
  restartCount: number;
  health: HealthState | null;
  probe: ServiceProbe | null;
  containerIp: string;
}

/** The subject of a container's logs; `probe` is its service's health check. */
export function logSubjectOf(container: Container, probe: ServiceProbe | null): LogSubject {
  const { status } = container;
  return {
    id: container.metadata.id,
    name: container.metadata.name,
    image: container.spec.image,
    startedAt: status.startedAt,
    phase: status.phase,
    phaseSince: status.phaseSince,
    exitCode: status.exitCode,
    restartCount: status.restartCount,
    health: status.health,
    probe,
    containerIp: status.containerIp,
  };
}
