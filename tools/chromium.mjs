// The system Chromium every browser test launches (never a downloaded one). Plain JS so the
// Vitest configs and the demo's Playwright tests can all import it without a build step.

/** A wrapper script: it needs `--headless=new` among the flags. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless run that never reaches the network by itself. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
