import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { noRoute } from './no-route.ts';
import { sendProblem } from './problem.ts';

/**
 * Whatever express.static refuses under /assets (missing, a NUL byte, a traversal, a directory,
 * a POST) is a 404: the client asked for a file that is not there, not a server fault.
 */
const assetNotFound: ErrorRequestHandler = (_error, _req, res, next) => {
  if (res.headersSent) return next(_error);
  sendProblem(res, 404, 'There is no such console file.');
};

/** Files are only read: any other method is answered here, since express.static would answer it without a body. */
const readsOnly: RequestHandler = (req, res, next) =>
  req.method === 'GET' || req.method === 'HEAD' ? next() : noRoute('console file')(req, res, next);

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
  } else {
    // Hashed file names never change content: cache them for a year. index.html must always be fresh.
    router.use(
      '/assets',
      readsOnly,
      express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false, redirect: false }),
      assetNotFound,
    );
    router.use(express.static(distDir, { index: false, maxAge: 0, redirect: false }));
    router.get('/{*splat}', (_req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.sendFile(index);
    });
  }
  router.use(noRoute('page'));
  return router;
}
