export * from './variables.ts';
