import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { ProxyOptions } from 'vite';

/** The BFF serves the API on this origin in development; in production it serves the console too. */
const BFF_ORIGIN = process.env['BFF_ORIGIN'] ?? 'http://127.0.0.1:8080';

const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: BFF_ORIGIN,
    changeOrigin: false,
    // The web terminal will use WebSocket upgrades under /api.
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

export default defineConfig({
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
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
      output: {
        // Libraries every page needs get chunks of their own, so a release that changes only the
        // console's code leaves them cached. antd is left to automatic splitting: grouping it would
        // pull the components of lazy pages (Form, Steps, Tabs…) into the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 20 },
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
