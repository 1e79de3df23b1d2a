import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/chromium.mjs';
import { minifyTemplatesVite } from './scripts/minify-templates.mjs';
import { emulateMedia } from './test/support/commands.js';

// Components are tested in real Chromium only: jsdom and happy-dom lack adoptedStyleSheets,
// so they would test a different element than users get (DESIGN.md "What to avoid").
export default defineProject({
  // The tests render the templates as they ship: minified (scripts/minify-templates.mjs).
  plugins: [minifyTemplatesVite()],
  resolve: {
    conditions: ['@tablero/source'],
    alias: {
      // @open-wc/testing's DOM-snapshot plugin imports web-test-runner's server commands,
      // which exist only under web-test-runner; we never use snapshots, so a stub suffices.
      '@web/test-runner-commands': fileURLToPath(
        new URL('./test/support/test-runner-commands.ts', import.meta.url),
      ),
    },
  },
  optimizeDeps: {
    include: ['@open-wc/testing', 'lit', 'lit/decorators.js', 'lit/directives/class-map.js'],
  },
  test: {
    name: 'components',
    // A shared 2-core machine under load: a slow import or axe run is not a failure (speed is
    // measured by benchmarks, never by tests).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.node.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      // Failure screenshots would land inside src/; the assertion message is what we read.
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { emulateMedia },
    },
  },
});
