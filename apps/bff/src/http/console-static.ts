import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/** Serves the built console, with index.html for every client-side route. */
export function createConsoleRouter(distDir: string): Router {
  const router = Router();
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    router.get('/{*splat}', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The console is not built. Run `npm start` (or `pnpm --filter @cs/console build`).');
    });
    return router;
  }
  // Hashed file names never change content: cache them for a year. index.html must always be fresh.
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get('/{*splat}', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.sendFile(index);
  });
  return router;
}
