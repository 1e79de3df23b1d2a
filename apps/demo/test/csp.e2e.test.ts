import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADER } from '../scripts/serve.mjs';
import { CSP_POLICY } from '../src/csp-policy.js';
import { launchChromium } from './support/browser.js';
import { openPage, property, shadowText } from './support/pages.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('csp.html under a strict Content-Security-Policy (issue 3 §For every element, issue 6 §apps/demo)', () => {
  it('is served with the policy as a header and carries the same policy as a meta tag', async () => {
    const response = await fetch(new URL('csp.html', inject('baseUrl')));
    const header = response.headers.get('content-security-policy');
    expect(header).toBe(CSP_HEADER);
    expect(header).toBe(CSP_POLICY);
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
    ]) {
      expect(header).toContain(directive);
    }
    const html = await response.text();
    expect(html).toContain(`content="${CSP_POLICY}"`);
    // The dashboard page is served without it (it is not the page under test).
    expect((await fetch(inject('baseUrl'))).headers.get('content-security-policy')).toBeNull();
  });

  it('the built HTML has no inline script, inline style or style attribute', () => {
    const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['csp.html', 'index.html']);
    for (const name of pages) {
      const html = readFileSync(dist + name, 'utf8');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, name).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(html, name).not.toMatch(/<script\b[^>]*>[^<\s]/);
      expect(html, name).not.toMatch(/<style\b/);
      expect(html, name).not.toMatch(/\sstyle=/);
      expect(html, name).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('renders every element with data and logs no violation', async () => {
    const { page, errors } = await openPage(browser, new URL('csp.html', inject('baseUrl')).href);
    await page.waitForTimeout(300); // let late resize-driven renders happen under the policy too
    expect(await page.getAttribute('#violation-count', 'data-count')).toBe('0');
    expect(await page.$$eval('#violation-list li', (li) => li.length)).toBe(0);
    expect(errors.filter((e) => /Content.Security.Policy|Trusted Type/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    for (const [selector, kpi] of [
      ['#nps', 'nps'],
      ['#csat', 'csat'],
      ['#heatmap', 'weekdayHour'],
    ] as const) {
      const result = await property<{ kpi: string; n: number }>(page, selector, 'result');
      expect(result.kpi, selector).toBe(kpi);
      expect(result.n, selector).toBeGreaterThan(0);
    }
    const churn = await property<{ points: unknown[] }>(page, '#churn', 'result');
    expect(churn.points.length).toBe(12);
    // Rendered, not just given data: SVG drawn in each shadow root, numbers as text.
    for (const tag of ['nps-gauge', 'csat-card', 'churn-trend', 'ticket-heatmap']) {
      expect(
        await page.$eval(
          tag,
          (el) => el.shadowRoot!.querySelectorAll('svg, [role=meter], [role=grid]').length,
        ),
        tag,
      ).toBeGreaterThan(0);
    }
    expect(await shadowText(page, '#nps')).toMatch(/\d,\d/);
    // Opening a table view and focusing a heatmap cell (tooltips placed through the CSSOM) stays clean.
    await page
      .locator('ticket-heatmap')
      .evaluate((el) =>
        (el.shadowRoot!.querySelector('[part~="table-toggle"], button') as HTMLElement).click(),
      );
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await page.getAttribute('#violation-count', 'data-count')).toBe('0');
    await page.context().close();
  });

  it('positive control: an inline style and an untrusted innerHTML are caught and counted', async () => {
    const { page } = await openPage(browser, new URL('csp.html', inject('baseUrl')).href);
    expect(await page.getAttribute('#violation-count', 'data-count')).toBe('0');
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    // Two policies are in force (the header and the meta tag), so each breach is reported twice.
    await page.waitForFunction(
      () => document.getElementById('violation-count')!.dataset.count === '2',
    );
    const threw = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(threw).toBe(true);
    await page.waitForFunction(
      () => document.getElementById('violation-count')!.dataset.count === '4',
    );
    const listed = await page.$$eval('#violation-list li', (li) => li.map((x) => x.textContent));
    expect(listed.map((l) => l!.split(':')[0])).toEqual([
      'style-src-attr',
      'style-src-attr',
      'require-trusted-types-for',
      'require-trusted-types-for',
    ]);
    expect(await page.textContent('#violation-count')).toBe('4 violaciones');
    await page.context().close();
  });
});
