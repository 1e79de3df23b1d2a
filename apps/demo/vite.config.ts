import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig(({ command }) => ({
  // Workspace packages resolve to their TypeScript sources: the demo needs no package build.
  // The build always takes production entries (Lit's dev mode off), even when started from
  // Vitest, whose NODE_ENV=test would otherwise select the development ones.
  resolve: {
    conditions: [
      '@tablero/source',
      'module',
      'browser',
      command === 'build' ? 'production' : 'development',
    ],
  },
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].js' } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Everything as files: no inline module-preload polyfill, no data: URLs for CSS assets.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: { input: { index: page('index.html'), csp: page('csp.html') } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
