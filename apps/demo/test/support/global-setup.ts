import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

const app = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Newest modification time under the app's sources (src, pages, public, vite config). */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src', 'public']) walk(join(app, dir));
  for (const file of ['index.html', 'csp.html', 'vite.config.ts']) {
    newest = Math.max(newest, statSync(join(app, file)).mtimeMs);
  }
  return newest;
}

/** Builds the app when dist is missing or older than its sources, then serves it on a free port. */
export default async function setup(project: TestProject) {
  const built = join(app, 'dist', 'index.html');
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
    await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'warn' });
  }
  const server = await serve({ root: join(app, 'dist'), port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
