import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { openPage } from './support/pages.js';
import { decodePng, luminanceStats } from './support/png.js';

// A build artefact (gitignored): what the pages look like, for people reviewing a change.
const out = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(out, { recursive: true });
});
afterAll(() => browser?.close());

const PAGES = [
  ['dashboard', ''],
  ['csp', 'csp.html'],
] as const;

describe('screenshots of both pages in light and dark (issue 6 §Tests)', () => {
  for (const [name, path] of PAGES) {
    it(`${name}: light and dark are drawn, not blank, and dark is darker`, async () => {
      const stats: Record<string, ReturnType<typeof luminanceStats>> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, errors } = await openPage(browser, new URL(path, inject('baseUrl')).href, {
          colorScheme,
        });
        const file = `${out}${name}-${colorScheme}.png`;
        writeFileSync(file, await page.screenshot({ fullPage: true }));
        const pixels = decodePng(readFileSync(file));
        expect(pixels.width).toBe(1280);
        expect(pixels.height).toBeGreaterThan(900);
        stats[colorScheme] = luminanceStats(pixels);
        // Text, charts and cards make many colours and a real spread of brightness.
        expect(stats[colorScheme]!.sd, `${name} ${colorScheme}`).toBeGreaterThan(15);
        expect(stats[colorScheme]!.colours, `${name} ${colorScheme}`).toBeGreaterThan(200);
        expect(errors).toEqual([]);
        await page.context().close();
      }
      expect(stats.light!.mean).toBeGreaterThan(180);
      expect(stats.dark!.mean).toBeLessThan(70);
    });
  }
});
