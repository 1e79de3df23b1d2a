import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// The CSV adapter and the demo load the main entry in browsers (DESIGN.md §13, Node-safe and
// browser-safe modules); only `/testing` (node:http) and `/conformance` (Vitest) may use Node.
describe('the main entry stays browser-safe', () => {
  const mainFiles = files(src).filter((f) => !/[/\\](testing|conformance)[/\\]/.test(f));

  it('covers the modules of the main entry', () => {
    expect(mainFiles.map((f) => relative(src, f))).toContain('index.ts');
    expect(mainFiles.length).toBeGreaterThan(15);
  });

  it.each(mainFiles.map((f) => [relative(src, f), f]))(
    '%s uses no Node built-ins',
    (_name, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code).not.toMatch(/from ['"]node:|require\(|\bBuffer\.|\bprocess\./);
      expect(code).not.toMatch(/from ['"]\.\.?\/(testing|conformance)\//);
    },
  );
});
