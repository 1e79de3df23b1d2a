import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/chromium.mjs';

/**
 * Every story is a test (rendered in real Chromium, its play function run, axe run on it with
 * `a11y.test: 'error'`), through Storybook's Vitest addon. The plugin reads .storybook/main.ts,
 * so the stories resolve the workspace sources exactly as Storybook does.
 */
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js'],
  },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
