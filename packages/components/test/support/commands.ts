import type { BrowserCommand } from 'vitest/node';

/** Media features a test can emulate (Playwright's `page.emulateMedia`). */
export interface MediaOptions {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  media?: 'screen' | 'print' | null;
}

/**
 * Server-side command (runs in Node, next to Playwright): emulates media features for the
 * page that hosts the test iframe, so `prefers-color-scheme`, `prefers-reduced-motion`,
 * `forced-colors` and print styles are tested in the real browser.
 */
export const emulateMedia: BrowserCommand<[MediaOptions]> = async (context, options) => {
  await context.page.emulateMedia(options);
};
