/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

// Every source module, found by glob so new elements are covered without editing this file.
const modules = import.meta.glob(['./**/*.ts', '!./**/*.test.ts', '!./**/*.d.ts']);

describe('Node-safe modules (DESIGN.md convention 13, issue 3 "Node-safe")', () => {
  it('runs where there is no DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof customElements).toBe('undefined');
  });

  it.each(Object.keys(modules))('imports %s without throwing', async (path) => {
    await expect(modules[path]!()).resolves.toBeTypeOf('object');
  });

  it('define modules run in Node (Lit server shim or no registry at all)', async () => {
    // Lit's Node build installs a minimal `customElements` shim; without it, defineElement
    // returns undefined. Either way, registering twice must not throw.
    const { defineElement } = await import('./internal/define-element.js');
    class Plain {}
    const first = defineElement('plain-el', Plain as unknown as CustomElementConstructor);
    expect(defineElement('plain-el', Plain as unknown as CustomElementConstructor)).toBe(first);
  });
});
