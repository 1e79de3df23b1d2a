/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { tokenStyles, TOKENS, type TokenName } from './tokens.js';

// Every source file's text, so a typo in any element's styles (`--_tb-colour-good`) fails here
// instead of silently falling back to nothing.
const sources = import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('design tokens (DESIGN.md convention 9: no token undefined or unused)', () => {
  const names = Object.keys(TOKENS) as TokenName[];
  const css = tokenStyles.cssText;

  it('declares a private copy of every token, reading the page’s --tablero-* first', () => {
    for (const name of names) {
      expect(css).toContain(`--_tb-${name}: var(--tablero-${name}, ${TOKENS[name][0]})`);
    }
  });

  it('has a dark default for every colour', () => {
    for (const name of names.filter((n) => n.startsWith('color-'))) {
      expect((TOKENS[name] as readonly string[])[1], name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('every private token an element reads exists', () => {
    const used = new Map<string, string>();
    for (const [file, text] of Object.entries(sources)) {
      for (const [, name] of text.matchAll(/var\(--_tb-([a-z0-9-]+)/g)) used.set(name!, file);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const [name, file] of used) {
      expect(names, `${file} reads --_tb-${name}`).toContain(name);
    }
  });

  it('every token is read somewhere', () => {
    const all = Object.values(sources).join('\n');
    for (const name of names) {
      expect(all.includes(`var(--_tb-${name})`), `--_tb-${name} is never used`).toBe(true);
    }
  });
});
