import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const components = fileURLToPath(new URL('../../../packages/components/', import.meta.url));
const manifest = join(components, 'custom-elements.json');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The docs pages and controls read the components' `custom-elements.json`, a generated file that
 * is not committed. Regenerate it (CEM analyzer, ~10 s) when it is missing or older than a
 * component source, so a clean clone's first `storybook`/`vitest` run works and a JSDoc edit is
 * never shown stale.
 */
export function ensureManifest(): void {
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource(join(components, 'src')))
    return;
  execFileSync('npm', ['run', 'analyze', '--silent'], { cwd: components, stdio: 'inherit' });
}
