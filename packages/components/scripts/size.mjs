#!/usr/bin/env node
// Size gate (DESIGN.md convention 12; issue 3 "Packaging"): bundles every src/define/<tag>.ts
// entry with esbuild the way a user's bundler would (minified, Lit, d3 and the core included),
// prints min and min+gzip bytes per element and for all of them together, and fails when
//   - one element is above 20 kB min+gzip, or all together above 40 kB (with --dist, the built
//     dist/cdn/tablero.js too, which users download as is);
//   - any module of an adapter (@tablero/adapter-*, packages/adapters/*) or a dependency only
//     adapters use (a vendor SDK, a CSV parser…) ends up in a component bundle.
// New elements are measured as soon as their define/ file exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const KB = 1000;
export const LIMIT_ELEMENT = 20 * KB;
export const LIMIT_ALL = 40 * KB;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..', '..');

/** Every element with a define/ module. */
export const defineTags = () =>
  readdirSync(join(root, 'src/define'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();

/** Packages only adapters depend on: their code has no business in a component. */
export function adapterOnlyPackages() {
  const readDeps = (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return Object.keys(pkg.dependencies ?? {});
  };
  const allowed = new Set([...readDeps(root), ...readDeps(join(repo, 'packages/core'))]);
  const forbidden = new Set();
  const adapters = join(repo, 'packages/adapters');
  for (const dir of readdirSync(adapters, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    try {
      for (const dep of readDeps(join(adapters, dir.name))) {
        if (!allowed.has(dep) && !dep.startsWith('@tablero/')) forbidden.add(dep);
      }
    } catch {
      // A folder without package.json yet (an adapter being scaffolded) has no dependencies.
    }
  }
  return forbidden;
}

const forbiddenPackages = adapterOnlyPackages();

/** What in a bundle's input paths (relative to the repo) is adapter or vendor code. */
export function violations(inputs) {
  const found = [];
  for (const path of inputs) {
    const normalised = path.replaceAll('\\', '/');
    if (/(^|\/)packages\/adapters\//.test(normalised) || /@tablero\/adapter-/.test(normalised)) {
      found.push(`adapter code: ${normalised}`);
      continue;
    }
    const match = normalised.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (match && forbiddenPackages.has(match[1]))
      found.push(`vendor code (${match[1]}): ${normalised}`);
  }
  return found;
}

/** Bundles `stdin` (TypeScript, resolved from the package root) and measures the result. */
export async function measure(name, stdin) {
  const result = await build({
    stdin: { contents: stdin, resolveDir: root, loader: 'ts', sourcefile: `${name}.entry.ts` },
    bundle: true,
    minify: true,
    // The same template minification as the Vite builds (vite.config.ts), so this is what ships.
    plugins: [minifyTemplatesEsbuild()],
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Workspace packages from source, as a user's bundler would see the published dist.
    conditions: ['@tablero/source'],
    tsconfig: join(root, 'tsconfig.build.json'),
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  const inputs = Object.keys(result.metafile.inputs);
  return {
    name,
    min: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    modules: inputs.length,
    violations: violations(inputs.map((p) => relative(repo, join(root, p)))),
  };
}

export const importLine = (tag) => `import './src/define/${tag}.ts';`;

export const CDN_FILE = 'dist/cdn/tablero.js';

/** The built CDN file as users download it (`npm run build` first), against the all-four limit. */
export function measureCdn() {
  const path = join(root, CDN_FILE);
  if (!existsSync(path)) return null;
  const contents = readFileSync(path);
  return {
    name: CDN_FILE,
    min: contents.byteLength,
    gzip: gzipSync(contents, { level: 9 }).byteLength,
    built: statSync(path).mtime,
    violations: [],
    limit: LIMIT_ALL,
  };
}

/** Measures every define/ entry and all of them together; `ok` is false on any failure. */
export async function sizeReport(tags = defineTags()) {
  const rows = [];
  for (const tag of tags) {
    rows.push({ ...(await measure(`define/${tag}`, importLine(tag))), limit: LIMIT_ELEMENT });
  }
  if (tags.length > 1) {
    rows.push({
      ...(await measure('all together', tags.map(importLine).join('\n'))),
      limit: LIMIT_ALL,
    });
  }
  for (const row of rows) row.ok = row.gzip <= row.limit && row.violations.length === 0;
  return rows;
}

async function main() {
  const json = process.argv.includes('--json');
  const rows = await sizeReport();
  if (process.argv.includes('--dist')) {
    const cdn = measureCdn();
    if (!cdn) throw new Error(`--dist: ${CDN_FILE} is missing; run npm run build first`);
    rows.push({ ...cdn, ok: cdn.gzip <= cdn.limit });
  }
  const failed = rows.some((row) => !row.ok);
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const kb = (n) => `${(n / KB).toFixed(2)} kB`;
    const line = (...cells) =>
      console.log(cells[0].padEnd(28), ...cells.slice(1, 4).map((c) => c.padStart(10)), cells[4]);
    line('entry', 'min', 'min+gzip', 'limit', ' status');
    for (const row of rows) {
      const over = row.gzip - row.limit;
      const status = row.ok
        ? ` ok (${kb(-over)} to spare)`
        : over > 0
          ? ` FAIL: ${kb(over)} over`
          : ' FAIL';
      line(row.name, kb(row.min), kb(row.gzip), kb(row.limit), status);
      for (const v of row.violations) console.log(`  ✗ ${v}`);
      if (row.built) console.log(`  (built ${row.built.toISOString()})`);
    }
    console.log(
      '\nmin+gzip: esbuild --minify with the same template minification as the Vite builds, gzip -9;' +
        '\nLit, d3 and @tablero/core included. --dist adds the built CDN file.',
    );
    console.log(
      `\nforbidden (adapter-only) packages checked: ${[...forbiddenPackages].join(', ') || 'none'}`,
    );
  }
  if (failed) {
    console.error('\nsize: a component bundle is over its limit or contains adapter/vendor code');
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
