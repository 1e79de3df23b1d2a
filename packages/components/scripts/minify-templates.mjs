// Build-time minification of Lit templates (issue 3 "Packaging": the size gate must measure what
// users download). A JS minifier leaves template literal text alone, so the indentation and the
// comments inside css`` and html``/svg`` would ship as written. This rewrites only the static
// text of templates tagged `css`, `html` or `svg`, never the `${…}` expressions, and is used by
// the Vite library and CDN builds, the Vitest projects and the size script's esbuild bundle alike.
//
// Own code rather than minify-html-literals (html-minifier 4 and clean-css 4, both unmaintained)
// or minify-literals (html-minifier-next + acorn-typescript + lightningcss): the rules we need are
// few and conservative, and TypeScript's own parser finds the templates.
import { readFile } from 'node:fs/promises';
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/**
 * HTML and SVG: every run of white space becomes one space. Never removed outright, since a space
 * between inline elements or around `${…}` text is rendered; one space renders the same as many
 * under `white-space: normal` (no template uses `<pre>` or `white-space: pre`).
 */
export const collapseMarkup = (text) => text.replace(/\s+/g, ' ');

/**
 * CSS: comments out, white space collapsed, and dropped where the grammar does not need it:
 * around `{ } ; , >` and after `:` (not before, where `.a :hover` differs from `.a:hover`);
 * `+`, `-`, `~` and `*` keep their spaces (`calc(50% - 1rem)`). Quoted strings are kept as written.
 */
export function minifyCss(text) {
  const strings = [];
  // One pass finds comments and strings together, so a quote in a comment (`the note's key`) or
  // `/*` in a string cannot be taken for the start of the other. Strings wait in placeholders.
  const bare = text.replace(/\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (token) =>
    token.startsWith('/*') ? ' ' : `\0${strings.push(token) - 1}\0`,
  );
  return bare
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\0(\d+)\0/g, (_, i) => strings[Number(i)]);
}

/**
 * The source with the static text of every css``/html``/svg`` template minified, with its source
 * map, or `null` when it has none. `fileName` only selects the parser's dialect (TS or JS).
 */
export function minifyTemplates(code, fileName = 'module.ts') {
  if (!/\b(?:css|html|svg)`/.test(code)) return null;
  const out = new MagicString(code);
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : collapseMarkup;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      pieces.forEach((piece, i) => {
        // Each piece's text runs between its delimiters: ` or } before, ${ or ` after.
        const start = piece.getStart(source) + 1;
        const end = piece.end - (i === pieces.length - 1 ? 1 : 2);
        let text = minify(code.slice(start, end));
        if (i === 0) text = text.trimStart();
        if (i === pieces.length - 1) text = text.trimEnd();
        if (text === code.slice(start, end)) return;
        if (text === '') out.remove(start, end);
        else out.overwrite(start, end, text);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!out.hasChanged()) return null;
  return { code: out.toString(), map: out.generateMap({ hires: true, source: fileName }) };
}

/** Which files to rewrite: this package's sources (not tests, not dependencies). */
const isOwnSource = (id) =>
  /[\\/]packages[\\/]components[\\/]src[\\/].*\.ts$/.test(id) && !/\.test\.ts$/.test(id);

/** Vite / Rollup plugin; `pre` so it sees the TypeScript before it is compiled. */
export function minifyTemplatesVite() {
  return {
    name: 'tablero-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!isOwnSource(path)) return null;
      return minifyTemplates(code, path);
    },
  };
}

/** esbuild plugin for the size script's bundles. */
export function minifyTemplatesEsbuild() {
  return {
    name: 'tablero-minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!isOwnSource(path)) return undefined;
        const code = await readFile(path, 'utf8');
        return { contents: minifyTemplates(code, path)?.code ?? code, loader: 'ts' };
      });
    },
  };
}
