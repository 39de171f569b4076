import { ConflictError, NotFoundError } from '@cs/domain';
import type { Container } from '@cs/domain';
import { executeCommand } from '@cs/simulator';
import type { ExecuteResult, ShellWorld } from '@cs/simulator';
import type { Store } from '../store/store.ts';
import { ClusterDirectories } from './cluster-directory.ts';
import { containerWorld } from './container-world.ts';
import type { WorldOptions } from './container-world.ts';

/** Docker's words for a shell asked of a container that does not run. */
export const notRunningMessage = (name: string) => `Container ${name} is not running: start it to open its terminal.`;

/** A container's Web Terminal: the world its simulated shell runs in, and Execute's single commands. */
export class TerminalService {
  private readonly directories: ClusterDirectories;

  constructor(
    private readonly store: Store,
    private readonly options: WorldOptions,
  ) {
    this.directories = new ClusterDirectories(store);
  }

  /** The running container and its shell's world: 404 for an unknown one, 409 when it does not run. */
  async open(containerId: string): Promise<{ container: Container; world: ShellWorld }> {
    const container = await this.store.containers.find(containerId);
    if (!container || container.spec.desiredState === 'removed') throw new NotFoundError('container', containerId);
    if (container.status.phase !== 'running' || container.spec.desiredState !== 'running')
      throw new ConflictError(notRunningMessage(container.metadata.name));
    const world = await containerWorld(this.store, this.directories, container, this.options);
    if (!world) throw new NotFoundError('container', containerId);
    return { container, world };
  }

  async exec(containerId: string, command: string): Promise<ExecuteResult & { command: string }> {
    const { world } = await this.open(containerId);
    return { command, ...(await executeCommand(world, command)) };
  }
}
