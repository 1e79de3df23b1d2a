import { churnSeries, periodOf } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STRINGS, type StringKey } from '../src/i18n/strings.js';
import { launchChromium } from './support/browser.js';
import { expectedFigures, expectedFor } from './support/expected.js';
import { figures, openPage, property, settle, shadowText } from './support/pages.js';

const data = sampleDataset();
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 9);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function expectPeriod(page: Page, period: ReturnType<typeof periodOf>) {
  const expected = expectedFor(data.tickets, data.surveys, period);
  const shown = await figures(page);
  for (const [kpi, value] of Object.entries(expectedFigures(expected))) {
    expect(shown[kpi], kpi).not.toBeUndefined();
    close(shown[kpi]!, value);
  }
  const nps = await property<{ value: number; n: number; period: { from: number } }>(
    page,
    '#nps',
    'result',
  );
  close(nps.value, expected.current.nps.value);
  expect(nps.n).toBe(expected.current.nps.n);
  expect(nps.period.from).toBe(period.from);
  const csat = await property<{ value: number; n: number; positive: number }>(
    page,
    '#csat',
    'result',
  );
  close(csat.value, expected.current.csat.value);
  expect([csat.n, csat.positive]).toEqual([
    expected.current.csat.n,
    expected.current.csat.positive,
  ]);
  const matrix = await property<{ counts: number[][]; timeZone: string }>(
    page,
    '#heatmap',
    'result',
  );
  expect(matrix.counts).toEqual(expected.current.matrix.counts);
  expect(matrix.timeZone).toBe(period.timeZone);
  const delta = await page.getAttribute('[data-kpi="frt-change"]', 'data-delta');
  close(delta === 'null' ? null : Number(delta), expected.frtChange.delta);
  return expected;
}

describe('dashboard on the sample dataset (issue 6 §apps/demo; KPI-SPEC §Periods and comparison)', () => {
  it('shows the numbers core computes for the last month, in Europe/Madrid, in Spanish', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    const december = periodOf(data.meta.to - 1, 'month', { timeZone: 'Europe/Madrid' });
    expect(await page.inputValue('#period')).toBe(december.label);
    expect(await page.inputValue('#time-zone')).toBe('Europe/Madrid');
    const expected = await expectPeriod(page, december);

    // What the elements render as text, formatted as Spanish readers expect.
    const es1 = new Intl.NumberFormat('es-ES', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(await shadowText(page, '#nps')).toContain(es1.format(expected.current.nps.value!));
    expect(await shadowText(page, '#csat')).toContain(es1.format(expected.current.csat.value!));
    expect(await page.textContent('[data-kpi="frt-n"]')).toBe(
      new Intl.NumberFormat('es-ES').format(expected.current.frt.n),
    );

    // Churn: core's series over the sample year, as the element holds it.
    const churn = await property<{ points: { label: string; value: number | null }[] }>(
      page,
      '#churn',
      'result',
    );
    const core = churnSeries(data.customers, {
      from: data.meta.from,
      to: data.meta.to,
      every: 'month',
      timeZone: 'Europe/Madrid',
      asOf: data.meta.to,
    });
    expect(churn.points.map((p) => [p.label, p.value])).toEqual(
      core.points.map((p) => [p.label, p.value]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switching to quarter and to an earlier period shows core’s numbers for them', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await page.selectOption('#unit', 'quarter');
    await settle(page);
    const q4 = periodOf(data.meta.to - 1, 'quarter', { timeZone: 'Europe/Madrid' });
    expect(await page.inputValue('#period')).toBe(q4.label);
    const quarter = await expectPeriod(page, q4);
    expect(await page.textContent('#period-line')).toContain('T4 2025 frente a T3 2025');

    await page.selectOption('#unit', 'month');
    await page.selectOption('#period', '2025-06');
    await settle(page);
    const june = periodOf(Date.UTC(2025, 5, 15), 'month', { timeZone: 'Europe/Madrid' });
    const month = await expectPeriod(page, june);
    expect(month.current.frt.n).not.toBe(quarter.current.frt.n);

    await page.selectOption('#unit', 'year');
    await settle(page);
    await expectPeriod(page, periodOf(data.meta.to - 1, 'year', { timeZone: 'Europe/Madrid' }));
    await page.context().close();
  });

  it('a time zone change re-buckets the months and the heatmap in that zone', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await page.selectOption('#time-zone', 'Asia/Tokyo');
    await settle(page);
    const tokyo = periodOf(data.meta.to - 1, 'month', { timeZone: 'Asia/Tokyo' });
    const expected = await expectPeriod(page, tokyo);
    const madrid = expectedFor(
      data.tickets,
      data.surveys,
      periodOf(data.meta.to - 1, 'month', { timeZone: 'Europe/Madrid' }),
    );
    expect(expected.current.matrix.counts).not.toEqual(madrid.current.matrix.counts);
    expect(await page.getAttribute('#heatmap', 'time-zone')).toBe('Asia/Tokyo');
    await page.context().close();
  });

  it('English: lang on the root, every page string and the number format switch', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await page.selectOption('#lang', 'en');
    await settle(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const keyed = await page.$$eval('[data-i18n]', (els) =>
      els.map((el) => [(el as HTMLElement).dataset.i18n!, el.textContent]),
    );
    expect(keyed.length).toBeGreaterThan(20);
    for (const [key, text] of keyed) expect(text, key!).toBe(STRINGS.en[key as StringKey]);
    const december = periodOf(data.meta.to - 1, 'month', { timeZone: 'Europe/Madrid' });
    const expected = expectedFor(data.tickets, data.surveys, december);
    const en1 = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(await shadowText(page, '#nps')).toContain(en1.format(expected.current.nps.value!));
    expect(await page.textContent('#period-line')).toContain('December 2025 vs November 2025');
    expect(await page.textContent('[data-kpi="frt-change"]')).toMatch(/better|worse|no change/);

    // And back: the Spanish strings return (no English left behind).
    await page.selectOption('#lang', 'es');
    await settle(page);
    for (const [key, text] of await page.$$eval('[data-i18n]', (els) =>
      els.map((el) => [(el as HTMLElement).dataset.i18n!, el.textContent]),
    ))
      expect(text, key!).toBe(STRINGS.es[key as StringKey]);
    await page.context().close();
  });

  it('controls are labelled and reachable with the keyboard; the theme toggle reaches the elements', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    for (const name of ['Periodo', 'Mostrar', 'Zona horaria', 'Idioma', 'Tema']) {
      expect(await page.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unit');
    for (const id of ['period', 'time-zone', 'lang', 'theme']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    }
    await page.selectOption('#theme', 'dark');
    await settle(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    for (const tag of ['nps-gauge', 'csat-card', 'churn-trend', 'ticket-heatmap']) {
      expect(await page.getAttribute(tag, 'theme')).toBe('dark');
    }
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(1, 4, 9)');
    await page.context().close();
  });
});
