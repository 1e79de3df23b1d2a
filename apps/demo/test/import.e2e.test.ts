import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCsv, type CsvMappingInput } from '@tablero/adapter-csv';
import { periodOf, type SurveyResponse, type Ticket } from '@tablero/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { expectedFigures, expectedFor } from './support/expected.js';
import { figures, openPage, property, settle } from './support/pages.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const TICKETS = fixture('zendesk-tickets.csv');
const SURVEYS = fixture('survey-answers.csv');
const CUSTOM = fixture('custom-tickets.csv');

/** The fixtures read in Node by the adapter and computed by core, for the latest month. */
async function expectedFromFixtures() {
  const tickets = await readCsv(readFileSync(TICKETS), {
    preset: 'zendesk',
    timeZone: 'Europe/Madrid',
  });
  const surveys = await readCsv(readFileSync(SURVEYS), {
    preset: 'generic-survey',
    timeZone: 'Europe/Madrid',
  });
  const t = tickets.tickets as Ticket[];
  const s = surveys.surveyResponses as SurveyResponse[];
  const latest = Math.max(...t.map((x) => x.createdAt), ...s.map((x) => x.answeredAt));
  const period = periodOf(latest, 'month', { timeZone: 'Europe/Madrid' });
  return {
    latest,
    period,
    expected: expectedFor(t, s, period),
    rejected: [tickets.rejected, surveys.rejected],
  };
}

async function waitForImport(page: Page): Promise<void> {
  await page.waitForSelector('#progress-text[data-rows]');
  await settle(page);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function expectEveryElementFromFiles(page: Page) {
  const { period, expected } = await expectedFromFixtures();
  expect(await page.inputValue('#period')).toBe(period.label);
  const shown = await figures(page);
  for (const [kpi, value] of Object.entries(expectedFigures(expected))) {
    if (value === null) expect(shown[kpi], kpi).toBeNull();
    else expect(shown[kpi], kpi).toBeCloseTo(value, 9);
  }
  const nps = await property<{ value: number; n: number }>(page, '#nps', 'result');
  expect([nps.value, nps.n]).toEqual([expected.current.nps.value, expected.current.nps.n]);
  const csat = await property<{ value: number; n: number }>(page, '#csat', 'result');
  expect([csat.value, csat.n]).toEqual([expected.current.csat.value, expected.current.csat.n]);
  const matrix = await property<{ counts: number[][] }>(page, '#heatmap', 'result');
  expect(matrix.counts).toEqual(expected.current.matrix.counts);
  // Churn needs customers, which ticket and survey exports do not have: the element is emptied
  // and the card says why, rather than keeping the sample's churn beside the user's numbers.
  expect(await property(page, '#churn', 'result')).toBeNull();
  expect(await page.isVisible('#churn-note')).toBe(true);
  expect(await page.textContent('#subtitle')).toContain('zendesk-tickets.csv');
}

async function expectRowErrors(page: Page) {
  const { rejected } = await expectedFromFixtures();
  const listed = await page.$$eval('#error-list li', (items) =>
    items.map((li) => [
      (li as HTMLElement).dataset.line,
      (li as HTMLElement).dataset.reason,
      li.querySelector('.where')?.textContent,
    ]),
  );
  const want = [
    ...rejected[0]!.map((r) => [String(r.line), r.reason, `zendesk-tickets.csv · línea ${r.line}`]),
    ...rejected[1]!.map((r) => [String(r.line), r.reason, `survey-answers.csv · línea ${r.line}`]),
  ];
  expect(listed).toEqual(want);
  expect(listed.map(([line]) => line)).toEqual(['7', '13', '21', '6']);
  const byReason = await page.$$eval('#by-reason dd', (dds) =>
    Object.fromEntries(dds.map((dd) => [(dd as HTMLElement).dataset.reason, dd.textContent])),
  );
  expect(byReason).toEqual({ 'bad-date': '2', 'unknown-value': '1', 'ragged-row': '1' });
}

describe('drop your export (issue 6 §apps/demo; adapter-csv README §Presets, §Errors)', () => {
  it('file input: presets detected, computed in the worker, every element updated, row errors with lines', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    const before = await figures(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          if ((r.target as Element).hasAttribute('loading'))
            seen.push((r.target as Element).localName);
        }
      }).observe(document.body, { attributes: true, attributeFilter: ['loading'], subtree: true });
    });
    await page.setInputFiles('#file-input', [TICKETS, SURVEYS]);
    await waitForImport(page);
    expect(await page.textContent('#import-status')).toContain('zendesk');
    expect(await page.textContent('#import-status')).toContain('generic-survey');
    expect(await page.getAttribute('#progress', 'value')).toBe('1');
    // Every element showed its loading state while the worker read, and no longer does.
    expect(
      (
        await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen)
      ).sort(),
    ).toEqual(['churn-trend', 'csat-card', 'nps-gauge', 'ticket-heatmap']);
    expect(await page.$$eval('[loading]', (els) => els.length)).toBe(0);
    await expectEveryElementFromFiles(page);
    expect(await figures(page)).not.toEqual(before);
    await expectRowErrors(page);
    // Nothing leaves the browser: the only requests are for the app's own files (the worker
    // script), all GETs to the local server; the data travels by postMessage only.
    const origin = new URL(inject('baseUrl')).origin;
    for (const r of requests) expect(r).toMatch(new RegExp(`^GET ${origin}/assets/`));
    expect(errors).toEqual([]);

    // Another zone re-reads the files in the worker and cuts months and heatmap in that zone.
    await page.selectOption('#time-zone', 'America/Bogota');
    await waitForImport(page);
    const { latest } = await expectedFromFixtures();
    const tickets = await readCsv(readFileSync(TICKETS), {
      preset: 'zendesk',
      timeZone: 'Europe/Madrid',
    });
    const bogota = periodOf(latest, 'month', { timeZone: 'America/Bogota' });
    const inBogota = expectedFor(tickets.tickets as Ticket[], [], bogota);
    const matrix = await property<{ counts: number[][]; timeZone: string }>(
      page,
      '#heatmap',
      'result',
    );
    expect(matrix.timeZone).toBe('America/Bogota');
    expect(matrix.counts).toEqual(inBogota.current.matrix.counts);
    expect((await figures(page))['frt-median']).toBeCloseTo(inBogota.current.frt.median!, 9);

    // "Back" restores the sample.
    await page.click('#back-to-sample');
    await page.selectOption('#time-zone', 'Europe/Madrid');
    await settle(page);
    expect(await figures(page)).toEqual(before);
    await page.context().close();
  });

  it('a synthetic drop event on the drop zone does the same', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    const files = [TICKETS, SURVEYS].map((path) => ({
      name: path.split('/').pop()!,
      text: readFileSync(path, 'utf8'),
    }));
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      const zone = document.getElementById('drop-zone')!;
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, files);
    await waitForImport(page);
    await expectEveryElementFromFiles(page);
    await expectRowErrors(page);
    await page.context().close();
  });

  it('a file no preset fits goes through the column-mapping step', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await page.setInputFiles('#file-input', CUSTOM);
    await page.waitForSelector('#mapping-form');
    expect(await page.inputValue('#map-id')).toBe('Ref');
    expect(await page.inputValue('#map-status')).toBe('Situacion');
    await page.selectOption('#map-createdAt', 'Abierto el');
    await page.selectOption('#map-channel', 'Medio');
    await page.fill('#mapping-date-format', 'dd/MM/yyyy HH:mm');
    await page.click('#mapping-form button[type=submit]');
    await waitForImport(page);
    const mapping: CsvMappingInput = {
      version: 1,
      kind: 'ticket',
      dateFormat: 'dd/MM/yyyy HH:mm',
      fields: {
        id: { column: 'Ref' },
        createdAt: { column: 'Abierto el' },
        status: { column: 'Situacion' },
        channel: { column: 'Medio' },
      },
    };
    const read = await readCsv(readFileSync(CUSTOM), { mapping, timeZone: 'Europe/Madrid' });
    const period = periodOf(Math.max(...read.tickets.map((t) => t.createdAt)), 'month', {
      timeZone: 'Europe/Madrid',
    });
    const expected = expectedFor(read.tickets as Ticket[], [], period);
    const shown = await figures(page);
    expect(shown['volume-total']).toBe(expected.current.volume.n);
    expect(shown['volume-total']).toBe(12);
    for (const b of expected.current.volume.breakdown)
      expect(shown[`volume-${b.key}`]).toBe(b.count);
    expect(await page.isVisible('#no-errors')).toBe(true);
    await page.context().close();
  });
});
