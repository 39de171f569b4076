import type { Random } from '../random.ts';
import { seededRandom } from '../random.ts';
import type { ContainerFactory } from './container-factory.ts';
import type { Tick } from './tick.ts';
import type { World } from './world.ts';

/** Keys of the engine's work queue: one per container, service, application, node or cluster. */
export const workKey = {
  container: (id: string) => `c:${id}`,
  service: (id: string) => `s:${id}`,
  application: (id: string) => `a:${id}`,
  node: (id: string) => `n:${id}`,
  cluster: (id: string) => `k:${id}`,
};

export interface EngineSettings {
  seed: string;
  /** Chance in [0, 1] that an image pull fails on its own (SIM_FAILURE_RATE). */
  failureRate: number;
  /** The quota of nodes per cluster: how finely the container network is cut into node segments. */
  maxNodesPerCluster: number;
}

/** What the work of one tick needs: the world, the tick's writes, time, seeded randomness, the queue. */
export interface WorkContext {
  world: World;
  tick: Tick;
  factory: ContainerFactory;
  now: number;
  settings: EngineSettings;
  /** Look at `key` again at `at` (default: as soon as this tick's writes have landed). */
  schedule(key: string, at?: number): void;
}

/** Randomness seeded by the engine's seed and the given parts, so a replay draws the same numbers. */
export function randomFor(settings: EngineSettings, ...parts: (string | number)[]): Random {
  return seededRandom([settings.seed, ...parts].join(':'));
}
