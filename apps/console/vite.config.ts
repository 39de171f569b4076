import react from '@vitejs/plugin-react';
import { build, defineConfig } from 'vite';
import type { Plugin, ProxyOptions, Rolldown, UserConfig } from 'vite';

/** The BFF serves the API on this origin in development; in production it serves the console too. */
const BFF_ORIGIN = process.env['BFF_ORIGIN'] ?? 'http://127.0.0.1:8080';

const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: BFF_ORIGIN,
    changeOrigin: false,
    // The Web Terminal upgrades to a WebSocket under /api.
    ws: true,
    configure(proxy) {
      // Server-Sent Events must stream: no buffering by intermediaries, and no compression.
      proxy.on('proxyReq', (proxyReq, req) => {
        if (req.headers.accept?.includes('text/event-stream')) proxyReq.setHeader('accept-encoding', 'identity');
      });
      proxy.on('proxyRes', (proxyRes) => {
        if (proxyRes.headers['content-type']?.startsWith('text/event-stream')) {
          proxyRes.headers['cache-control'] = 'no-cache';
          proxyRes.headers['x-accel-buffering'] = 'no';
        }
      });
    },
  },
};

/**
 * Libraries every page needs get chunks of their own, so a release of console code leaves them cached.
 * zod is not in the first route (ADR 006), but every page that calls the API or has a form needs it.
 */
const LIBRARY_GROUPS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 20 },
  // react-query only: these groups are in the first route, and @tanstack/react-virtual (10 kB gzip)
  // is for the pages with long lists.
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/, priority: 20 },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 20 },
];

function consoleConfig(extraGroups: Rolldown.CodeSplittingGroup[] = []): UserConfig {
  return {
    plugins: [react()],
    server: { host: '127.0.0.1', port: 5173, proxy: apiProxy },
    preview: { host: '127.0.0.1', port: 4173, proxy: apiProxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // antd alone is several hundred kB before gzip; the warning is about raw size, we watch gzip.
      chunkSizeWarningLimit: 900,
      rolldownOptions: {
        treeshake: {
          // The @rc-component packages under antd do not declare `sideEffects: false`, so every module
          // they re-export would be kept (the whole form engine, for antd's ConfigProvider alone).
          // They are plain React components without import-time effects.
          moduleSideEffects: [
            { test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false },
            // Our contracts and domain packages only declare schemas, constants and functions. Without
            // this, importing `ApiError` or `API_PREFIX` from the contracts would keep every zod schema
            // (zod's `z.object(…)` calls look like side effects), and zod, in the first route.
            { test: /[\\/]packages[\\/](contracts|domain)[\\/]src[\\/]/, sideEffects: false },
          ],
        },
        output: {
          // antd is not grouped as a whole: that would pull the components of lazy pages (Form,
          // Steps, Tabs…) into the first load. See `firstRouteLibraries` for the part that is.
          codeSplitting: { groups: [...LIBRARY_GROUPS, ...extraGroups] },
        },
      },
    },
  };
}

/**
 * The library modules (antd and its helpers) the first route loads, found by a build of the same
 * console with automatic splitting only: the entry chunk and the chunks it imports statically.
 *
 * The real build then puts exactly these in one chunk. Without it, each lazy page that shares some
 * of them (antd's Tooltip, Menu, ConfigProvider hooks…) makes automatic splitting cut the first
 * route into more, smaller chunks by "which pages use it", each with its own import/export glue and
 * a worse gzip ratio: the Clusters and Nodes pages alone added ~6 kB gzip to the first route that
 * way, for the same modules. Lazy pages import these modules from that chunk, already loaded.
 * Costs one more build without output (about a second).
 */
async function firstRouteLibraries(): Promise<Set<string>> {
  // Lazy pages stay in (what they use decides which statements of shared modules are kept), but
  // web workers (Monaco's) never share modules with the first route: they are not built again.
  const noWorkers: Plugin = {
    name: 'console:first-route-no-workers',
    enforce: 'pre',
    resolveId: (source) => (/[?&](shared)?worker\b/.test(source) ? { id: source, external: true } : null),
  };
  const config = consoleConfig();
  const result = await build({
    ...config,
    plugins: [...(config.plugins ?? []), noWorkers],
    configFile: false,
    logLevel: 'silent',
    build: { ...config.build, write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const output of outputs) {
    for (const file of output.output) if (file.type === 'chunk') chunks.set(file.fileName, file);
  }
  const modules = new Set<string>();
  const visit = (chunk: Rolldown.OutputChunk | undefined, seen: Set<string>) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const id of chunk.moduleIds) if (/[\\/]node_modules[\\/]/.test(id)) modules.add(id);
    for (const imported of chunk.imports) visit(chunks.get(imported), seen);
  };
  const seen = new Set<string>();
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk, seen);
  return modules;
}

export default defineConfig(async ({ command }) => {
  if (command !== 'build') return consoleConfig();
  const firstRoute = await firstRouteLibraries();
  return consoleConfig([
    {
      name: 'first-route',
      test: (id: string) => firstRoute.has(id),
      // Below the library groups; their dependencies stay where automatic splitting puts them.
      priority: 10,
      includeDependenciesRecursively: false,
    },
  ]);
});
