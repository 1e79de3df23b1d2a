import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { minifyTemplatesVite } from './scripts/minify-templates.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Every element with a `src/define/<tag>.ts` module; new elements are picked up by themselves. */
const tags = readdirSync(src('define'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -3));

/** One entry per element class, one per define/<tag>, and the side-effect-free index. */
const entries = Object.fromEntries([
  ['index', src('index.ts')],
  ...tags.flatMap((tag) => [
    [`${tag}/index`, src(`${tag}/index.ts`)],
    [`define/${tag}`, src(`define/${tag}.ts`)],
  ]),
]);

const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * `vite build`: ES modules, one output file per source module (modules preserved), dependencies
 * left as imports so the user's bundler shares one Lit and tree-shakes d3.
 */
const library: UserConfig = {
  // Template text is minified in every build (and in the size script) so the gate measures what
  // ships: a user's JS minifier leaves the inside of css``/html`` alone.
  plugins: [minifyTemplatesVite()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: isDependency,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

/**
 * `vite build --mode cdn`: one self-contained, minified file that defines every element, for a
 * plain `<script type="module" src=".../dist/cdn/tablero.js">`.
 */
const cdn: UserConfig = {
  plugins: [minifyTemplatesVite()],
  resolve: { conditions: ['@tablero/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: src('cdn.ts'), formats: ['es'], fileName: () => 'tablero.js' },
    // Vite keeps white space and /*#__PURE__*/ comments in ES library output for a later
    // bundler; this file is loaded as is, so it is minified fully (4 kB min+gzip less), like the
    // size script's bundles.
    rolldownOptions: { output: { minify: true, comments: false } },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdn : library));
