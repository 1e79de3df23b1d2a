import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the main entry bundles for browsers (DESIGN.md §13 node-safe, README "Inputs")', () => {
  it('no module but src/node.ts imports a node: built-in or the node entry', () => {
    const offenders = sources(SRC)
      .filter((path) => relative(SRC, path) !== 'node.ts')
      .filter((path) =>
        /from '(node:[^']+|\.{1,2}\/(?:\.\.\/)*node\.js)'/.test(readFileSync(path, 'utf8')),
      )
      .map((path) => relative(SRC, path));
    expect(offenders).toEqual([]);
  });

  it('no module touches window, document, process or Buffer', () => {
    const offenders = sources(SRC)
      .filter((path) => relative(SRC, path) !== 'node.ts')
      .filter((path) => /\b(window|document|process|Buffer)\./.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(offenders).toEqual([]);
  });
});
