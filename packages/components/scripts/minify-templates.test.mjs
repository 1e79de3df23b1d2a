import { describe, expect, it } from 'vitest';
import viteConfig from '../vite.config.ts';
import { collapseMarkup, minifyCss, minifyTemplates } from './minify-templates.mjs';

// Issue 3 "Packaging": the size gate measures the shipped files, so the template minification
// must be safe (what renders is unchanged) and must run in every build, not only in the gate.
describe('minifyCss (css`` text)', () => {
  it('drops comments and the spaces the grammar does not need', () => {
    expect(minifyCss(':host {\n  /* why */\n  display: block;\n  color: red;\n}\n')).toBe(
      ':host{display:block;color:red}',
    );
  });
  it('keeps the spaces that change meaning: descendant pseudo-classes, calc operators', () => {
    expect(minifyCss('.a :focus { inset: calc(50% - 0.625rem); margin: 0 auto; }')).toBe(
      '.a :focus{inset:calc(50% - 0.625rem);margin:0 auto}',
    );
  });
  it('keeps quoted strings as written', () => {
    expect(minifyCss(".a::after { content: ' ;  { } /* x */ '; }")).toBe(
      ".a::after{content:' ;  { } /* x */ '}",
    );
  });
});

describe('collapseMarkup (html`` and svg`` text)', () => {
  it('turns every run of white space into one space, never none', () => {
    expect(collapseMarkup('<p>\n    <b>a</b>\n    <i>b</i>\n  </p>')).toBe(
      '<p> <b>a</b> <i>b</i> </p>',
    );
  });
});

describe('minifyTemplates (only css``, html`` and svg`` text; never expressions)', () => {
  it('rewrites template text around untouched expressions, nested templates included', () => {
    const source = [
      'const s = css`',
      '  .a {',
      '    color: ${unsafeCSS(x)};',
      '  }',
      '`;',
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i}',
      '    </li>`)}',
      '  </ul>`;',
      'const other = tag`  keep   this  `;',
      "const plain = '  and   this  ';",
    ].join('\n');
    const out = minifyTemplates(source).code;
    expect(out).toContain('css`.a{color:${unsafeCSS(x)}}`');
    expect(out).toContain('html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`');
    expect(out).toContain('tag`  keep   this  `');
    expect(out).toContain("'  and   this  '");
  });
  it('leaves a module without templates alone', () => {
    expect(minifyTemplates('export const x = 1;')).toBeNull();
  });
});

describe('vite.config.ts (the shipped dist and CDN file get the same treatment as the gate)', () => {
  const env = { command: 'build', isSsrBuild: false, isPreview: false };
  it.each(['production', 'cdn'])('minifies templates in the %s build', (mode) => {
    const config = viteConfig({ ...env, mode });
    const names = (config.plugins ?? []).flat().map((p) => p && p.name);
    expect(names).toContain('tablero-minify-templates');
  });
  it('minifies the CDN file fully (Vite keeps white space in ES library output otherwise)', () => {
    const config = viteConfig({ ...env, mode: 'cdn' });
    expect(config.build.rolldownOptions.output.minify).toBe(true);
  });
});

describe('minifyCss with quotes in comments (a bug found in the CDN file)', () => {
  it('strips a comment holding an apostrophe and still minifies what follows', () => {
    expect(
      minifyCss(
        ".z { top: 0; }\n/* the note's key */\n.a {\n  color: red;\n}\n.b[x='y'] { top: 0; }",
      ),
    ).toBe(".z{top:0}.a{color:red}.b[x='y']{top:0}");
  });
});
