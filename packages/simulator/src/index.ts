export * from './clock.ts';
export * from './conditions.ts';
export * from './controller.ts';
export * from './controllers/cluster-lifecycle.ts';
export * from './random.ts';
export * from './simulator.ts';
export * from './transition.ts';
export * from './versions.ts';
