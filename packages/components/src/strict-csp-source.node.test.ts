import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Shipped sources only: tests may style their own fixtures.
const srcDir = fileURLToPath(new URL('.', import.meta.url));
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(`${srcDir}/${f}`, 'utf8') }));

describe("strict CSP in the sources (issue 3: works under style-src 'self'; DESIGN.md convention 10)", () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('never uses styleMap: it writes a style attribute on first render, which style-src blocks', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/lit\/directives\/style-map|\bstyleMap\(/);
    }
  });

  it('writes no style attribute or <style> element in a template', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/\sstyle=|<style[\s>]/);
    }
  });

  it('never writes markup from strings (innerHTML, unsafeHTML, unsafeSVG)', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/\.innerHTML\s*=|\bunsafe(?:HTML|SVG)\b/);
    }
  });
});
