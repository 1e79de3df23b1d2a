import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { ensureManifest } from './ensure-manifest.js';

ensureManifest();

/**
 * Workspace packages resolve through the `@tablero/source` export condition, so Storybook
 * (and the Vitest addon, which reuses this config) runs the components' and the core's
 * TypeScript sources directly: no `npm run build` of the packages first, and an edit to a
 * component shows up on save.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: {
    // Telemetry is a network call and a privacy question; the build must also work offline.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ['@tablero/source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2048 },
    }),
};

export default config;
