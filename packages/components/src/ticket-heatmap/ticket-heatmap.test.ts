import {
  weekdayHourFirstResponse,
  weekdayHourMatrix,
  type TicketInput,
  type WeekdayHourResult,
} from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, beforeEach, describe, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emulateMedia, resetMedia } from '../../test/support/media.js';
import type { KpiSelectEvent } from '../events/kpi-select-event.js';
import '../define/ticket-heatmap.js';
import { hourLabel } from './heatmap-format.js';
import type { TicketHeatmap, TicketHeatmapSelectDetail } from './ticket-heatmap.js';

// ---------------------------------------------------------------------------------------------
// Fixed data
// ---------------------------------------------------------------------------------------------

const ticket = (id: string, createdAt: string, frtMinutes?: number): TicketInput => ({
  id,
  status: 'open',
  createdAt,
  ...(frtMinutes === undefined
    ? {}
    : { firstResponseAt: new Date(Date.parse(createdAt) + frtMinutes * 60_000).toISOString() }),
});

/**
 * Four weeks around both 2026 DST starts (US: 8 March, EU: 29 March): a ticket every 47
 * minutes, three at every fifth slot so counts differ between cells.
 */
function dstTickets(): TicketInput[] {
  const tickets: TicketInput[] = [];
  const start = Date.parse('2026-03-05T00:00:00Z');
  for (let k = 0; k < 860; k++) {
    const at = new Date(start + k * 47 * 60_000).toISOString();
    const copies = k % 5 === 0 ? 3 : 1;
    for (let c = 0; c < copies; c++) tickets.push(ticket(`t${k}-${c}`, at, (k % 13) * 7 + c));
  }
  return tickets;
}

const zeros = () => Array.from({ length: 7 }, () => Array<number>(24).fill(0));
/** A counts attribute with one ticket in every cell. */
const ONES = JSON.stringify(zeros().map((row) => row.map(() => 1)));

// ---------------------------------------------------------------------------------------------
// Reading the rendered element
// ---------------------------------------------------------------------------------------------

const root = (el: TicketHeatmap) => el.shadowRoot!;
const gridCells = (el: TicketHeatmap) => [
  ...root(el).querySelectorAll<HTMLElement>('[role="gridcell"]'),
];
const renderedCounts = (el: TicketHeatmap) => {
  const rows = zeros();
  for (const c of gridCells(el))
    rows[Number(c.dataset.row)]![Number(c.dataset.col)] = Number(c.dataset.count);
  return rows;
};
const rowHeaders = (el: TicketHeatmap) =>
  [...root(el).querySelectorAll('[role="rowheader"] .visually-hidden')].map((h) => h.textContent);
const cellAt = (el: TicketHeatmap, row: number, col: number) =>
  root(el).querySelector<HTMLElement>(`.cell[data-row="${row}"][data-col="${col}"]`)!;
const focused = (el: TicketHeatmap) => {
  const active = root(el).activeElement as HTMLElement | null;
  return active ? { row: Number(active.dataset.row), col: Number(active.dataset.col) } : null;
};
const stateOf = (el: TicketHeatmap) =>
  root(el).querySelector<HTMLElement>('[part="state"]')?.dataset.state ?? 'ready';

/** Relative luminance (WCAG) of any CSS colour, read back from a canvas pixel. */
function luminance(color: string): number {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const mount = async <T extends TicketHeatmap>(template: unknown) => {
  const el = await fixture<T>(template as Parameters<typeof fixture>[0]);
  await el.updateComplete;
  return el;
};

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

// ---------------------------------------------------------------------------------------------

describe('<ticket-heatmap> counts (KPI-SPEC §Ticket volume: weekday × hour in a zone)', () => {
  for (const timeZone of ['Europe/Madrid', 'America/New_York']) {
    it(`draws core's weekdayHourMatrix from .tickets in ${timeZone}, across a DST change`, async () => {
      const tickets = dstTickets();
      const el = await mount<TicketHeatmap>(
        html`<ticket-heatmap lang="es" time-zone=${timeZone} .tickets=${tickets}></ticket-heatmap>`,
      );
      const expected = weekdayHourMatrix(tickets, { timeZone, weekStart: 1 });
      expect(renderedCounts(el)).to.deep.equal(expected.counts);
      expect(gridCells(el).reduce((sum, c) => sum + Number(c.dataset.count), 0)).to.equal(
        tickets.length,
      );
    });
  }

  it('buckets by wall clock on the spring-forward day (worked by hand)', async () => {
    // Madrid, Sunday 29 March 2026: 00:30Z = 01:30 CET; 01:30Z = 03:30 CEST (02:xx never happens).
    // New York, Sunday 8 March 2026: 06:30Z = 01:30 EST; 07:30Z = 03:30 EDT.
    const tickets = [
      ticket('m1', '2026-03-29T00:30:00Z'),
      ticket('m2', '2026-03-29T01:30:00Z'),
      ticket('n1', '2026-03-08T06:30:00Z'),
      ticket('n2', '2026-03-08T07:30:00Z'),
    ];
    const madrid = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        week-start="1"
        time-zone="Europe/Madrid"
        .tickets=${tickets}
      ></ticket-heatmap>`,
    );
    const sunday = renderedCounts(madrid)[6]!;
    // m1 → 01h, m2 → 03h; n1 = 07:30 CET → 07h, n2 = 08:30 CET → 08h.
    expect([sunday[1], sunday[2], sunday[3], sunday[7], sunday[8]]).to.deep.equal([1, 0, 1, 1, 1]);
    const newYork = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        week-start="1"
        time-zone="America/New_York"
        .tickets=${tickets}
      ></ticket-heatmap>`,
    );
    const nySunday = renderedCounts(newYork)[6]!;
    // n1 → 01h, n2 → 03h; m1 = 20:30 EDT Saturday, m2 = 21:30 EDT Saturday.
    expect([nySunday[1], nySunday[2], nySunday[3]]).to.deep.equal([1, 0, 1]);
    expect([renderedCounts(newYork)[5]![20], renderedCounts(newYork)[5]![21]]).to.deep.equal([
      1, 1,
    ]);
  });

  it('draws a .result as given, and the counts attribute Monday first', async () => {
    const tickets = dstTickets();
    const result = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid', weekStart: 1 });
    const fromResult = await mount<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" .result=${result}></ticket-heatmap>`,
    );
    expect(renderedCounts(fromResult)).to.deep.equal(result.counts);
    const fromAttribute = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        week-start="1"
        time-zone="Europe/Madrid"
        counts=${JSON.stringify(result.counts)}
      ></ticket-heatmap>`,
    );
    expect(renderedCounts(fromAttribute)).to.deep.equal(result.counts);
  });

  it('shows the medians of core weekdayHourFirstResponse in FRT mode', async () => {
    const expected = weekdayHourFirstResponse(dstTickets(), { timeZone: 'Europe/Madrid' });
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap mode="frt" week-start="1" .result=${expected}></ticket-heatmap>`,
    );
    for (const cell of gridCells(el)) {
      const median = expected.medians[Number(cell.dataset.row)]![Number(cell.dataset.col)]!;
      expect(cell.dataset.value).to.equal(median === null ? '' : String(median));
    }
    const peak = root(el).querySelector<HTMLElement>('.cell.peak')!;
    expect([Number(peak.dataset.row), Number(peak.dataset.col)]).to.deep.equal([
      expected.weekdays.indexOf(expected.peak!.weekday),
      expected.peak!.hour,
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<ticket-heatmap> colour scale (issue 3: heatmap cell colours are ordered by count)', () => {
  // One cell per count 0…45 on Monday and Tuesday: max 45 / 5 → bins of 10.
  const counts = zeros();
  for (let v = 0; v <= 45; v++) counts[Math.floor(v / 24)]![v % 24] = v;

  for (const theme of ['light', 'dark'] as const) {
    it(`moves away from the surface as the count grows (${theme})`, async () => {
      const el = await mount<TicketHeatmap>(
        html`<ticket-heatmap
          theme=${theme}
          counts=${JSON.stringify(counts)}
          week-start="1"
        ></ticket-heatmap>`,
      );
      const surface = luminance(getComputedStyle(el).backgroundColor);
      const byCount = gridCells(el)
        .filter(
          (c) =>
            Number(c.dataset.row) < 2 && Number(c.dataset.row) * 24 + Number(c.dataset.col) <= 45,
        )
        .map((c) => ({
          count: Number(c.dataset.count),
          l: luminance(getComputedStyle(c).backgroundColor),
        }))
        .sort((a, b) => a.count - b.count);
      // Light theme: darker with more tickets; dark theme: lighter.
      const distance = (l: number) => Math.abs(l - surface);
      for (let i = 1; i < byCount.length; i++) {
        const [a, b] = [byCount[i - 1]!, byCount[i]!];
        const sameBin = a.count > 0 && Math.ceil(a.count / 10) === Math.ceil(b.count / 10);
        if (sameBin) expect(b.l, `${a.count} vs ${b.count}`).to.be.closeTo(a.l, 1e-6);
        else expect(distance(b.l), `${a.count} vs ${b.count}`).to.be.greaterThan(distance(a.l));
      }
      if (theme === 'light') expect(byCount.at(-1)!.l).to.be.lessThan(byCount[0]!.l);
      else expect(byCount.at(-1)!.l).to.be.greaterThan(byCount[0]!.l);
    });
  }

  it('has a legend with a swatch for zero and one per bin, in round numbers', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="en" counts=${JSON.stringify(counts)}></ticket-heatmap>`,
    );
    const items = [...root(el).querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['0', '1–10', '11–20', '21–30', '31–40', '41–50']);
    const swatch = root(el).querySelector('.swatch.bin-4')!;
    const cell = root(el).querySelector('.cell.bin-4')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal(
      getComputedStyle(cell).backgroundColor,
    );
  });

  it('keeps cells apart in forced colours: outlines and the count in each cell', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await mount<TicketHeatmap>(
        html`<ticket-heatmap counts=${JSON.stringify(counts)} week-start="1"></ticket-heatmap>`,
      );
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const low = cellAt(el, 0, 5);
      const high = cellAt(el, 1, 21); // 45 tickets
      expect(getComputedStyle(low).backgroundColor).to.not.equal(
        getComputedStyle(high).backgroundColor,
      );
      expect(getComputedStyle(high).borderTopStyle).to.equal('solid');
      const value = high.querySelector('.cell-value')!;
      expect(getComputedStyle(value).display).to.not.equal('none');
      expect(value.textContent).to.equal('45');
    } finally {
      await resetMedia();
    }
  });
});

describe('<ticket-heatmap> time zone and week start (issue 3)', () => {
  it('shows the time-zone attribute in the caption', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        lang="en"
        time-zone="America/New_York"
        .tickets=${dstTickets()}
      ></ticket-heatmap>`,
    );
    expect(root(el).querySelector('[part="caption"]')!.textContent).to.contain(
      'Time zone: America/New_York',
    );
  });

  it("defaults to the browser's zone and says so", async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const tickets = dstTickets();
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="es" .tickets=${tickets}></ticket-heatmap>`,
    );
    expect(root(el).querySelector('[part="caption"]')!.textContent).to.contain(
      `Zona horaria: ${zone}`,
    );
    expect(renderedCounts(el)).to.deep.equal(weekdayHourMatrix(tickets, { timeZone: zone }).counts);
  });

  it("takes a .result's own zone into the caption", async () => {
    const result = weekdayHourMatrix(dstTickets(), { timeZone: 'Asia/Tokyo' });
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap .result=${result}></ticket-heatmap>`,
    );
    expect(root(el).querySelector('[part="caption"]')!.textContent).to.contain('Asia/Tokyo');
  });

  it('starts the week on Monday in Spanish and on Sunday in US English', async () => {
    const counts = JSON.stringify(zeros().map((r, i) => r.map((_, h) => (h === 0 ? i + 1 : 0))));
    const es = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="es" counts=${counts}></ticket-heatmap>`,
    );
    expect(rowHeaders(es)).to.deep.equal([
      'lunes',
      'martes',
      'miércoles',
      'jueves',
      'viernes',
      'sábado',
      'domingo',
    ]);
    expect(cellAt(es, 0, 0).dataset.count).to.equal('1'); // Monday = counts[0]
    const en = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="en-US" counts=${counts}></ticket-heatmap>`,
    );
    expect(rowHeaders(en)[0]).to.equal('Sunday');
    expect(rowHeaders(en)[1]).to.equal('Monday');
    expect(cellAt(en, 0, 0).dataset.count).to.equal('7'); // Sunday = counts[6]
  });

  it('lets week-start override the locale', async () => {
    const sundayEs = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="es" week-start="7" counts=${ONES}></ticket-heatmap>`,
    );
    expect(rowHeaders(sundayEs)[0]).to.equal('domingo');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-US">
        <ticket-heatmap week-start="monday" counts=${ONES}></ticket-heatmap>
      </div>`,
    );
    const mondayUs = wrapper.querySelector<TicketHeatmap>('ticket-heatmap')!;
    await mondayUs.updateComplete;
    expect(rowHeaders(mondayUs)[0]).to.equal('Monday');
  });
});

describe('<ticket-heatmap> peak, keyboard and kpi-select (issue 3, DESIGN.md §8)', () => {
  const tickets = dstTickets();
  const result: WeekdayHourResult = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });

  it("highlights core's peak cell, and only that one", async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" .result=${result}></ticket-heatmap>`,
    );
    const peaks = root(el).querySelectorAll<HTMLElement>('.cell.peak');
    expect(peaks).to.have.length(1);
    const peak = peaks[0]!;
    expect(Number(peak.dataset.row)).to.equal(result.weekdays.indexOf(result.peak!.weekday));
    expect(Number(peak.dataset.col)).to.equal(result.peak!.hour);
    expect(Number(peak.dataset.count)).to.equal(result.peak!.count);
    expect(peak.getAttribute('part')).to.equal('cell peak');
    expect(getComputedStyle(peak).borderTopWidth).to.not.equal(
      getComputedStyle(cellAt(el, 0, 0)).borderTopWidth,
    );
  });

  it('puts one cell in the tab order and moves focus with the keys as documented', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" .result=${result}></ticket-heatmap>`,
    );
    expect(gridCells(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
    cellAt(el, 0, 22).focus();
    await el.updateComplete;
    const press = async (key: string) => {
      await userEvent.keyboard(key);
      await el.updateComplete;
      return focused(el);
    };
    expect(await press('{ArrowRight}')).to.deep.equal({ row: 0, col: 23 });
    expect(await press('{ArrowRight}')).to.deep.equal({ row: 1, col: 0 }); // Monday 23h → Tuesday 0h
    expect(await press('{ArrowLeft}')).to.deep.equal({ row: 0, col: 23 });
    expect(await press('{ArrowUp}')).to.deep.equal({ row: 0, col: 23 }); // stops at the first day
    expect(await press('{ArrowDown}')).to.deep.equal({ row: 1, col: 23 });
    expect(await press('{Home}')).to.deep.equal({ row: 1, col: 0 });
    expect(await press('{End}')).to.deep.equal({ row: 1, col: 23 });
    expect(await press('{PageDown}')).to.deep.equal({ row: 6, col: 23 });
    expect(await press('{ArrowRight}')).to.deep.equal({ row: 6, col: 23 }); // stops at the last cell
    expect(await press('{PageUp}')).to.deep.equal({ row: 0, col: 23 });
    expect(await press('{Control>}{Home}{/Control}')).to.deep.equal({ row: 0, col: 0 });
    expect(await press('{ArrowLeft}')).to.deep.equal({ row: 0, col: 0 }); // stops at the first cell
    expect(gridCells(el).filter((c) => c.tabIndex === 0)).to.deep.equal([cellAt(el, 0, 0)]);
  });

  it('shows a tooltip with weekday, hour range and count for the focused cell', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="es" week-start="1" .result=${result}></ticket-heatmap>`,
    );
    cellAt(el, 2, 10).focus();
    await el.updateComplete;
    const tip = root(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    const count = result.counts[2]![10]!;
    expect(tip.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      `miércoles 10:00–11:00 ${count} ${count === 1 ? 'ticket' : 'tickets'}`,
    );
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
  });

  it('fires kpi-select with the cell on Enter and on click', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        week-start="1"
        time-zone="Europe/Madrid"
        .tickets=${tickets}
      ></ticket-heatmap>`,
    );
    const details: TicketHeatmapSelectDetail[] = [];
    document.addEventListener('kpi-select', (e) =>
      details.push((e as KpiSelectEvent<TicketHeatmapSelectDetail>).detail),
    );
    cellAt(el, 3, 14).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(cellAt(el, 6, 2));
    expect(details).to.deep.equal([
      { weekday: 4, hour: 14, count: result.counts[3]![14], timeZone: 'Europe/Madrid' },
      { weekday: 7, hour: 2, count: result.counts[6]![2], timeZone: 'Europe/Madrid' },
    ]);
  });
});

describe('<ticket-heatmap> invalid attributes never throw (issue 3: bad attribute → invalid state)', () => {
  const cases: [string, Record<string, string>][] = [
    ['counts', { counts: 'abc' }],
    ['counts', { counts: JSON.stringify(zeros().map((r) => r.map((_, h) => (h === 3 ? -1 : 0)))) }],
    ['counts', { counts: '[[1,2,3]]' }],
    ['time-zone', { 'time-zone': 'Mars/Olympus_Mons', counts: JSON.stringify(zeros()) }],
    ['week-start', { 'week-start': '8', counts: JSON.stringify(zeros()) }],
    ['mode', { mode: 'speed', counts: JSON.stringify(zeros()) }],
    ['steps', { steps: 'abc', counts: JSON.stringify(zeros()) }],
    ['steps', { steps: '12', counts: JSON.stringify(zeros()) }],
  ];
  for (const [name, attributes] of cases) {
    it(`${name}=${JSON.stringify(Object.values(attributes)[0]).slice(0, 30)}: invalid state, one warning naming it`, async () => {
      const el = document.createElement('ticket-heatmap');
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(stateOf(el)).to.equal('invalid');
        expect(root(el).querySelector('[part="state"]')!.textContent).to.contain(`“${name}”`);
        const mine = warn.mock.calls.filter((c) => String(c[0]).startsWith('<ticket-heatmap>'));
        expect(mine).to.have.length(1);
        expect(String(mine[0]![0])).to.contain(name);
        el.requestUpdate();
        await el.updateComplete;
        expect(
          warn.mock.calls.filter((c) => String(c[0]).startsWith('<ticket-heatmap>')),
        ).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('refuses a time-zone that contradicts the result, naming time-zone', async () => {
    const result = weekdayHourMatrix(dstTickets(), { timeZone: 'Europe/Madrid' });
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap time-zone="America/New_York" .result=${result}></ticket-heatmap>`,
    );
    expect(stateOf(el)).to.equal('invalid');
    expect(String(warn.mock.calls[0]![0])).to.match(/time-zone="America\/New_York" differs/);
  });

  it('refuses an object that is not a weekday × hour result, naming result', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap .result=${{ kpi: 'nps', value: 3 } as never}></ticket-heatmap>`,
    );
    expect(stateOf(el)).to.equal('invalid');
    expect(String(warn.mock.calls[0]![0])).to.contain('result must be');
  });

  it('keeps valid tickets next to a bad one, and says how many were rejected', async () => {
    const tickets = [
      ...dstTickets().slice(0, 20),
      { id: 'bad', status: 'open', createdAt: 'yesterday' } as TicketInput,
    ];
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="en" time-zone="UTC" .tickets=${tickets}></ticket-heatmap>`,
    );
    expect(stateOf(el)).to.equal('ready');
    expect(
      renderedCounts(el)
        .flat()
        .reduce((a, b) => a + b, 0),
    ).to.equal(tickets.slice(0, 20).length);
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain(
      '1 records were rejected',
    );
    expect(String(warn.mock.calls[0]![0])).to.match(/1 tickets rejected; first: record 20: /);
  });
});

describe('<ticket-heatmap> states, language and accessibility (issue 3: for every element)', () => {
  const tickets = dstTickets();

  it('reads the busiest slot and the total as the grid name, in Spanish and English', async () => {
    const result = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });
    const peak = result.peak!;
    const es = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="es" .result=${result}></ticket-heatmap>`,
    );
    const esName = root(es).querySelector('[role="grid"]')!.getAttribute('aria-label')!;
    const total = new Intl.NumberFormat('es').format(tickets.length);
    expect(esName).to.contain(`${total} tickets en total`);
    expect(esName).to.contain(
      `hora punta ${new Intl.DateTimeFormat('es', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, peak.weekday))}`,
    );
    expect(esName).to.contain(`con ${peak.count} tickets`);
    const en = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="en" .result=${result}></ticket-heatmap>`,
    );
    const enName = root(en).querySelector('[role="grid"]')!.getAttribute('aria-label')!;
    expect(enName).to.contain(
      `${new Intl.NumberFormat('en').format(tickets.length)} tickets in all`,
    );
    expect(enName).to.contain('Europe/Madrid time');
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <ticket-heatmap week-start="1" counts=${ONES}></ticket-heatmap>
      </div>`,
    );
    const el = wrapper.querySelector<TicketHeatmap>('ticket-heatmap')!;
    await el.updateComplete;
    expect(rowHeaders(el)[0]).to.equal('lunes');
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(rowHeaders(el)[0]).to.equal('Monday');
  });

  it('opens a keyboard-reachable 7 × 24 table (weekdays × hours) with the same numbers', async () => {
    const result = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap lang="en" week-start="1" .result=${result}></ticket-heatmap>`,
    );
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = root(el).querySelector('table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.have.length(25);
    expect(headers.slice(0, 2)).to.deep.equal(['Day', hourLabel('en', 0)]);
    expect(headers[24]).to.equal(hourLabel('en', 23));
    const body = [...table.querySelectorAll('tbody tr')];
    expect(body).to.have.length(7);
    const rowNames = body.map((tr) => tr.querySelector('th')!.textContent!.trim());
    expect(rowNames).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    body.forEach((tr, r) => {
      const values = [...tr.querySelectorAll('td')].map((td) =>
        Number(td.textContent!.replace(/,/g, '')),
      );
      // Core's rows follow result.weekdays (Monday first), as does week-start="1".
      expect(values).to.deep.equal(result.counts[r]);
    });
    await expect(el).to.be.accessible();
  });

  it('keeps the wide table axe clean in a narrow element: its scroller is a focusable region', async () => {
    const result = weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 280px">
        <ticket-heatmap lang="en" .result=${result}></ticket-heatmap>
      </div>`,
    );
    const el = wrapper.querySelector<TicketHeatmap>('ticket-heatmap')!;
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const scroller = root(el).querySelector<HTMLElement>('[part="table"]')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.tabIndex).to.equal(0);
    expect(scroller.getAttribute('aria-label')).to.equal(
      root(el).querySelector('caption')!.textContent!.trim(),
    );
    await expect(el).to.be.accessible();
  });

  it('renders a label with markup as text', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        label="<img src=x onerror=alert(1)>"
        counts=${JSON.stringify(zeros())}
      ></ticket-heatmap>`,
    );
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[part="label"]')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });

  const states: [string, () => unknown][] = [
    [
      'ready',
      () =>
        html`<ticket-heatmap
          lang="es"
          .tickets=${tickets}
          time-zone="Europe/Madrid"
        ></ticket-heatmap>`,
    ],
    [
      'ready',
      () => html`<ticket-heatmap theme="dark" lang="en" .tickets=${tickets}></ticket-heatmap>`,
    ],
    ['empty', () => html`<ticket-heatmap lang="es"></ticket-heatmap>`],
    ['empty', () => html`<ticket-heatmap .tickets=${[]}></ticket-heatmap>`],
    ['loading', () => html`<ticket-heatmap loading></ticket-heatmap>`],
    ['error', () => html`<ticket-heatmap error="HTTP 503"></ticket-heatmap>`],
    ['invalid', () => html`<ticket-heatmap counts="[1]"></ticket-heatmap>`],
  ];
  for (const [state, template] of states) {
    it(`is axe clean in the ${state} state`, async () => {
      const el = await mount<TicketHeatmap>(template());
      expect(stateOf(el)).to.equal(state);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the empty state with the caption when no ticket falls in the grid', async () => {
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        lang="en"
        time-zone="UTC"
        counts=${JSON.stringify(zeros())}
      ></ticket-heatmap>`,
    );
    expect(stateOf(el)).to.equal('empty');
    expect(root(el).querySelector('[part="state"]')!.textContent).to.contain(
      'No tickets in this period',
    );
    expect(root(el).querySelector('[part="caption"]')!.textContent).to.contain('UTC');
  });

  it('lays out to its container width', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px">
        <ticket-heatmap
          counts=${JSON.stringify(zeros().map((r) => r.map(() => 1)))}
        ></ticket-heatmap>
      </div>`,
    );
    const el = wrapper.querySelector<TicketHeatmap>('ticket-heatmap')!;
    await el.updateComplete;
    const grid = root(el).querySelector('[role="grid"]')!;
    expect(grid.getBoundingClientRect().width).to.be.at.most(300);
    // Narrow: only every 6th hour label is drawn (the rest are visually hidden text).
    const shown = () =>
      [...root(el).querySelectorAll<HTMLElement>('.hour .tick')].filter(
        (tick) => tick.getBoundingClientRect().width > 1,
      ).length;
    expect(shown()).to.equal(4);
    wrapper.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(grid.getBoundingClientRect().width).to.be.greaterThan(600);
    expect(shown()).to.equal(8); // every 3rd hour once there is room
  });

  it('counts only the tickets of .period', async () => {
    const tickets = dstTickets();
    const period = {
      from: Date.parse('2026-03-09T00:00:00Z'),
      to: Date.parse('2026-03-16T00:00:00Z'),
    };
    const el = await mount<TicketHeatmap>(
      html`<ticket-heatmap
        week-start="1"
        time-zone="UTC"
        .tickets=${tickets}
        .period=${period}
      ></ticket-heatmap>`,
    );
    const expected = weekdayHourMatrix(tickets, { timeZone: 'UTC', period });
    expect(renderedCounts(el)).to.deep.equal(expected.counts);
    expect(expected.n).to.be.lessThan(tickets.length);
  });
});
