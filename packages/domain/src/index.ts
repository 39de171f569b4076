export * from './clusters.ts';
export * from './errors.ts';
export * from './passwords.ts';
export * from './regions.ts';
export * from './resource.ts';
export * from './cidr.ts';
export * from './instance-types.ts';
export * from './events.ts';
