import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}'],
    // The API tests open real databases; PostgreSQL schemas and SQLite files are per test.
    testTimeout: 20_000,
  },
});
