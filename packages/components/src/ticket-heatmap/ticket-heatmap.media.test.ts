import { weekdayHourFirstResponse, type TicketInput } from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emulateMedia, resetMedia } from '../../test/support/media.js';
import { shadow, text } from '../../test/support/dom.js';
import type { KpiSelectEvent } from '../events/kpi-select-event.js';
import { formatDuration } from '../internal/format.js';
import '../define/ticket-heatmap.js';
import type { TicketHeatmap, TicketHeatmapSelectDetail } from './ticket-heatmap.js';

/** Monday holds 0…23 tickets by hour, Tuesday 24…47: max 47 → bins of 10. */
const RAMP = JSON.stringify(
  Array.from({ length: 7 }, (_, day) =>
    Array.from({ length: 24 }, (_, hour) => (day < 2 ? day * 24 + hour : 0)),
  ),
);

const cell = (el: TicketHeatmap, row: number, col: number) =>
  shadow(el).querySelector<HTMLElement>(`.cell[data-row="${row}"][data-col="${col}"]`)!;

/** The sRGB bytes a CSS colour paints, read back from a canvas pixel. */
function pixel(color: string): number[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
}
const lightness = (color: string) => pixel(color).reduce((a, b) => a + b, 0);

afterEach(() => resetMedia());

describe('<ticket-heatmap> themes and media (issue 3 "For every element": dark, print, knobs)', () => {
  it('follows prefers-color-scheme: dark without a theme attribute (more tickets, lighter cell)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" counts=${RAMP}></ticket-heatmap>`,
    );
    const surface = lightness(getComputedStyle(el).backgroundColor);
    const quiet = lightness(getComputedStyle(cell(el, 0, 3)).backgroundColor);
    const busy = lightness(getComputedStyle(cell(el, 1, 23)).backgroundColor);
    expect(surface).to.be.lessThan(3 * 64); // a dark surface
    expect(busy).to.be.greaterThan(quiet);
  });

  it('lets --ticket-heatmap-color-high set the top of the ramp', async () => {
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" counts=${RAMP}></ticket-heatmap>`,
    );
    el.style.setProperty('--ticket-heatmap-color-high', 'rgb(200, 0, 0)');
    const top = pixel(getComputedStyle(cell(el, 1, 23)).backgroundColor); // 47: the top bin
    expect(top[0]).to.be.closeTo(200, 2);
    expect(top[1]).to.be.closeTo(0, 2);
    expect(top[2]).to.be.closeTo(0, 2);
  });

  it('prints the colours as they are and hides the tooltip and the toggle', async () => {
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" counts=${RAMP}></ticket-heatmap>`,
    );
    cell(el, 1, 5).focus();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(getComputedStyle(tip).display).to.equal('none');
    const toggle = shadow(el).querySelector<HTMLElement>('[part="table-toggle"]')!;
    expect(getComputedStyle(toggle).display).to.equal('none');
    const grid = shadow(el).querySelector<HTMLElement>('[part="grid"]')!;
    expect(getComputedStyle(grid).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
  });

  it('limits the legend to the steps asked for', async () => {
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap lang="en" steps="3" counts=${RAMP}></ticket-heatmap>`,
    );
    // 47 / 3 = 15.7 → width 20: 1–20, 21–40, 41–60, plus zero.
    const items = [...shadow(el).querySelectorAll('.legend li')].map((li) => text(li));
    expect(items).to.deep.equal(['0', '1–20', '21–40', '41–60']);
  });
});

describe('<ticket-heatmap> pointer and direction (issue 3: tooltip on hover, keyboard)', () => {
  it('shows the tooltip of the hovered cell inside the element', async () => {
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap lang="en" week-start="1" counts=${RAMP}></ticket-heatmap>`,
    );
    await userEvent.hover(cell(el, 0, 0));
    await el.updateComplete;
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.innerText.replace(/\s+/g, ' ').trim()).to.equal('Monday 12:00 – 1:00 AM 0 tickets');
    const chart = shadow(el).querySelector('[part="chart"]')!.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(chart.left - 0.5);
    expect(box.right).to.be.at.most(chart.right + 0.5);
  });

  it('swaps ← and → right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><ticket-heatmap week-start="1" counts=${RAMP}></ticket-heatmap></div>`,
    );
    const el = wrapper.querySelector<TicketHeatmap>('ticket-heatmap')!;
    await el.updateComplete;
    cell(el, 2, 10).focus();
    await userEvent.keyboard('{ArrowLeft}');
    const active = shadow(el).activeElement as HTMLElement;
    expect([active.dataset.row, active.dataset.col]).to.deep.equal(['2', '11']);
  });
});

describe('<ticket-heatmap mode="frt"> (KPI-SPEC §What the four named components show: "volume (or FRT)")', () => {
  const tickets: TicketInput[] = [
    // Monday 5 January 2026, 09:xx in Madrid (08:xx UTC): answered after 10, 30 and 20 minutes.
    ...[10, 30, 20].map((minutes, i) => ({
      id: `a${i}`,
      status: 'solved' as const,
      createdAt: `2026-01-05T08:${10 + i}:00Z`,
      firstResponseAt: new Date(Date.parse(`2026-01-05T08:${10 + i}:00Z`) + minutes * 60_000),
    })),
    // Wednesday 7 January, 14:10 in Madrid, answered after 90 minutes; one never answered.
    {
      id: 'b',
      status: 'solved',
      createdAt: '2026-01-07T13:10:00Z',
      firstResponseAt: '2026-01-07T14:40:00Z',
    },
    { id: 'c', status: 'open', createdAt: '2026-01-07T13:20:00Z' },
  ];

  it('colours by the median, shows no-data cells and fires the median with kpi-select', async () => {
    const result = weekdayHourFirstResponse(tickets, { timeZone: 'Europe/Madrid' });
    const el = await fixture<TicketHeatmap>(
      html`<ticket-heatmap lang="es" mode="frt" week-start="1" .result=${result}></ticket-heatmap>`,
    );
    expect(cell(el, 0, 9).dataset.value).to.equal(String(result.medians[0]![9])); // 20 min
    expect(cell(el, 0, 9).dataset.value).to.equal('20');
    expect(cell(el, 2, 14).classList.contains('peak')).to.equal(true); // 90 min, the slowest
    expect(cell(el, 4, 4).classList.contains('none')).to.equal(true);
    const legend = text(shadow(el).querySelector('[part="legend"]'));
    expect(legend).to.contain('Mediana de primera respuesta');
    expect(legend).to.contain('ningún ticket respondido'); // the dashed, no-data swatch
    // Medians up to 90 min: 90 / 5 = 18 → 20-minute bins.
    const minutes = new Intl.NumberFormat('es', { style: 'unit', unit: 'minute' });
    expect(legend).to.contain(minutes.formatRange(0, 20));
    expect(legend).to.contain(minutes.formatRange(80, 100));
    const grid = shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-label')!;
    expect(grid).to.contain(
      `más lenta miércoles 14:00–15:00 con mediana ${formatDuration('es', 90)}`,
    );

    const details: TicketHeatmapSelectDetail[] = [];
    el.addEventListener('kpi-select', (e) =>
      details.push((e as KpiSelectEvent<TicketHeatmapSelectDetail>).detail),
    );
    await userEvent.click(cell(el, 0, 9));
    expect(details).to.deep.equal([
      { weekday: 1, hour: 9, count: 3, median: 20, timeZone: 'Europe/Madrid' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('draws a weekdayHourFirstResponse result without mode, and refuses FRT from counts or tickets', async () => {
    const result = weekdayHourFirstResponse(tickets, { timeZone: 'Europe/Madrid' });
    const fromResult = await fixture<TicketHeatmap>(
      html`<ticket-heatmap week-start="1" .result=${result}></ticket-heatmap>`,
    );
    expect(cell(fromResult, 2, 14).dataset.value).to.equal('90');
    const waiting = await fixture<TicketHeatmap>(
      html`<ticket-heatmap mode="frt"></ticket-heatmap>`,
    );
    expect(shadow(waiting).querySelector<HTMLElement>('[part="state"]')!.dataset.state).to.equal(
      'empty',
    );
    for (const template of [
      html`<ticket-heatmap mode="frt" counts=${RAMP}></ticket-heatmap>`,
      html`<ticket-heatmap mode="frt" .tickets=${tickets}></ticket-heatmap>`,
    ]) {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await fixture<TicketHeatmap>(template);
      expect(shadow(el).querySelector<HTMLElement>('[part="state"]')!.dataset.state).to.equal(
        'invalid',
      );
      expect(String(warn.mock.calls[0]![0])).to.contain(
        'mode="frt" draws a weekdayHourFirstResponse result',
      );
      warn.mockRestore();
    }
  });
});
