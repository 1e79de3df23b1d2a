import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Packaging checks (DESIGN.md convention 2, issue 3 "Packaging"), driven by src/define/*.ts so
// every element is checked as soon as its define module exists.
const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  exports: Record<string, Record<string, string> | string>;
  sideEffects: string[];
  customElements: string;
};
const tags = readdirSync(new URL('src/define', root))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

describe('package.json exports and entry points, per element', () => {
  it('has at least the reference element', () => {
    expect(tags).toContain('nps-gauge');
  });

  describe.each(tags)('<%s>', (tag) => {
    it.each([
      [`./${tag}`, `./src/${tag}/index.ts`, `./dist/${tag}/index`],
      [`./define/${tag}`, `./src/define/${tag}.ts`, `./dist/define/${tag}`],
    ])('exports %s: types first, source, then the built module', (subpath, source, dist) => {
      const entry = pkg.exports[subpath];
      expect(entry, `package.json exports["${subpath}"]`).toBeTypeOf('object');
      const conditions = entry as Record<string, string>;
      expect(Object.keys(conditions)).toEqual(['types', '@tablero/source', 'default']);
      expect(conditions).toEqual({
        types: `${dist}.d.ts`,
        '@tablero/source': source,
        default: `${dist}.js`,
      });
      expect(existsSync(new URL(source, root)), source).toBe(true);
    });

    it('is exported from the package index and typed for React', () => {
      expect(read('src/index.ts')).toContain(`'./${tag}/index.js'`);
      expect(read('src/jsx.d.ts')).toContain(`'${tag}':`);
    });

    it('registers nothing outside its define module', () => {
      const classFile = read(`src/${tag}/${tag}.ts`);
      expect(classFile).not.toMatch(/customElements\.define|defineElement\(/);
      expect(read(`src/define/${tag}.ts`)).toMatch(new RegExp(`defineElement\\('${tag}',`));
    });
  });

  it('limits side effects to the define modules and the CDN file', () => {
    expect(pkg.sideEffects.every((p) => /\/(define|cdn)\/\*$/.test(p))).toBe(true);
  });

  it('points editors at the custom elements manifest', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./custom-elements.json');
  });
});
