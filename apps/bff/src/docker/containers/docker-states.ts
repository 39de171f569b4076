import type { Container } from '@cs/domain';

export type DockerState = 'created' | 'running' | 'restarting' | 'removing' | 'exited' | 'dead';

/** Docker's state words for the simulated cloud's: a pulling container is created, a failed or lost one dead. */
export function dockerState(container: Container): DockerState {
  switch (container.status.phase) {
    case 'pulling':
    case 'created':
      return 'created';
    case 'running':
      return 'running';
    case 'restarting':
      return 'restarting';
    case 'removing':
      return 'removing';
    case 'exited':
      return 'exited';
    case 'failed':
    case 'lost':
      return 'dead';
  }
}

/** Go's units.HumanDuration, as `docker ps` words ages: "Up 5 minutes", "Exited (0) 2 hours ago". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

const since = (iso: string | null, now: number) => humanDuration(Math.max(0, now - Date.parse(iso ?? '')) || 0);

/** The STATUS column of `docker ps`. */
export function dockerStatusText(container: Container, now: number): string {
  const { status } = container;
  switch (dockerState(container)) {
    case 'running': {
      const health =
        status.health === 'Unhealthy' ? ' (unhealthy)' : status.health === 'Initial' ? ' (health: starting)' : '';
      return `Up ${since(status.startedAt, now)}${health}`;
    }
    case 'restarting':
      return `Restarting (${status.exitCode ?? 0}) ${since(status.phaseSince, now)} ago`;
    case 'exited':
      return `Exited (${status.exitCode ?? 0}) ${since(status.phaseSince, now)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return status.phase === 'lost' ? 'Dead (its node is offline)' : 'Dead';
    case 'created':
      return status.phase === 'pulling' ? 'Created (pulling the image)' : 'Created';
  }
}
