import { churnSeries, type CustomerInput } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { part, settle, shadow, text } from '../../test/support/dom.js';
import { emulateMedia, resetMedia } from '../../test/support/media.js';
import '../define/churn-trend.js';
import type { KpiSelectEvent } from '../events/kpi-select-event.js';
import { formatNumber, formatPercent } from '../internal/format.js';

/** A rate as the chart shows it: one decimal, always (`2.0%`). */
const rate = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
    .format(value / 100)
    .replace(/\s+/g, ' ');
import type { ChurnTrend, ChurnTrendSelectDetail } from './churn-trend.js';

const { customers } = sampleDataset();
/** The sample year in Madrid, seen from mid-December: December is the running period. */
const range = {
  from: '2025-01-01T00:00:00+01:00',
  to: '2026-01-01T00:00:00+01:00',
  timeZone: 'Europe/Madrid',
  asOf: '2025-12-15T00:00:00Z',
} as const;
const series = churnSeries(customers, { ...range, every: 'month' });

const parts = (el: Element, name: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const rows = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => text(cell)),
  );
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const dots = (el: Element) => parts(el, 'point').map((c) => Number(c.getAttribute('cy')));

async function openTable(el: ChurnTrend) {
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
}

async function sampleChart(extra = html``) {
  const el = await fixture<ChurnTrend>(
    html`<div lang="en" style="width: 640px">
      <churn-trend
        .customers=${customers}
        from=${range.from}
        to=${range.to}
        time-zone=${range.timeZone}
        as-of=${range.asOf}
        target="3"
      ></churn-trend
      >${extra}
    </div>`,
  );
  const chart = el.querySelector('churn-trend')!;
  await settle(chart);
  return chart;
}

describe('<churn-trend> three ways in (issue 3 "For every element", KPI-SPEC §Churn rate)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the rate, S, L and newLost core computes from raw customers', async () => {
    const el = await sampleChart();
    await openTable(el);
    const expected = series.points.map((p) => [
      rate('en', p.value!),
      rate('en', p.retention!),
      formatNumber('en', p.start, 0),
      formatNumber('en', p.lost, 0),
      formatNumber('en', p.newLost, 0),
    ]);
    expect(rows(el).map((r) => r.slice(1, 6))).to.deep.equal(expected);
    expect(rows(el)[0]![0]).to.equal('January 2025');
    expect(text(shadow(el).querySelector('caption'))).to.contain('Europe/Madrid');
    await expect(el).to.be.accessible();
  });

  it('draws a core churnSeries result exactly as the customers it came from', async () => {
    const fromCustomers = await sampleChart();
    const el = await fixture<ChurnTrend>(
      html`<div lang="en" style="width: 640px">
        <churn-trend .result=${series} target="3"></churn-trend>
      </div>`,
    );
    const fromResult = el.querySelector('churn-trend')!;
    await settle(fromResult);
    expect(part(fromResult, 'line')!.getAttribute('d')).to.equal(
      part(fromCustomers, 'line')!.getAttribute('d'),
    );
    const summary = (c: ChurnTrend) =>
      shadow(c).querySelector('[role="img"]')!.getAttribute('aria-label');
    expect(summary(fromResult)).to.equal(summary(fromCustomers));
  });

  it('reads the points attribute, computing each rate as 100 × L / S', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend
        lang="en"
        points='[{"label":"2025-01","start":400,"lost":12},{"label":"2025-02","start":390,"lost":6}]'
      ></churn-trend>`,
    );
    await openTable(el);
    expect(rows(el).map((r) => r.slice(0, 5))).to.deep.equal([
      ['January 2025', rate('en', 3), rate('en', 97), '400', '12'],
      ['February 2025', rate('en', (100 * 6) / 390), rate('en', 100 - (100 * 6) / 390), '390', '6'],
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<churn-trend> period lengths (core churnSeries `every`, KPI-SPEC §Churn: month by default)', () => {
  it('cuts quarters and ISO weeks in the given zone and names them per language', async () => {
    const quarters = churnSeries(customers, { ...range, every: 'quarter' });
    const el = await fixture<ChurnTrend>(
      html`<churn-trend
        lang="es"
        .customers=${customers}
        every="quarter"
        from=${range.from}
        to=${range.to}
        time-zone=${range.timeZone}
        as-of=${range.asOf}
      ></churn-trend>`,
    );
    await openTable(el);
    expect(rows(el).map((r) => [r[0], r[3], r[4]])).to.deep.equal(
      quarters.points.map((p, i) => [
        `T${i + 1} 2025${p.complete ? '' : ' (en curso)'}`,
        formatNumber('es', p.start, 0),
        formatNumber('es', p.lost, 0),
      ]),
    );
    const weeks = await fixture<ChurnTrend>(
      html`<churn-trend
        lang="en"
        .customers=${customers}
        every="week"
        from="2025-03-03"
        to="2025-03-17"
        time-zone="Europe/Madrid"
        as-of=${range.asOf}
      ></churn-trend>`,
    );
    await openTable(weeks);
    // 3 March 2025 is the Monday of ISO week 10.
    expect(rows(weeks).map((r) => r[0])).to.deep.equal(['W10 2025', 'W11 2025']);
  });
});

describe('<churn-trend> geometry (issue 3 "Tests": geometry checks)', () => {
  it('draws a higher rate higher, on one linear scale shared with the gridlines and target', async () => {
    const el = await sampleChart();
    const ys = dots(el);
    const rates = series.points.map((p) => p.value!);
    // Every pair of periods: the higher rate has the smaller y (SVG y grows downwards).
    for (let i = 0; i < rates.length; i++)
      for (let j = 0; j < rates.length; j++)
        if (rates[i]! > rates[j]!) expect(ys[i]).to.be.below(ys[j]!);
    // Two gridlines fix the scale: value 0 at the bottom one, and the top one's value.
    const grid = [...part(el, 'grid')!.querySelectorAll('line')].map((l) =>
      Number(l.getAttribute('y1')),
    );
    const values = [...part(el, 'grid')!.querySelectorAll('text')].map((t) =>
      Number(text(t).replace('%', '')),
    );
    const y = (v: number) =>
      grid[0]! + ((v - values[0]!) / (values.at(-1)! - values[0]!)) * (grid.at(-1)! - grid[0]!);
    rates.forEach((rate, i) => expect(ys[i]).to.be.closeTo(y(rate), 1e-6));
    const target = Number(part(el, 'target')!.querySelector('line')!.getAttribute('y1'));
    expect(target).to.be.closeTo(y(3), 1e-6);
  });

  it('spreads the periods over the width it is given, and follows its container', async () => {
    const el = await sampleChart();
    const xs = () => parts(el, 'point').map((c) => Number(c.getAttribute('cx')));
    const wide = xs();
    expect(wide[0]).to.be.below(wide[1]!);
    expect(wide.at(-1)).to.be.below(640);
    el.parentElement!.style.width = '320px';
    await settle(el);
    const narrow = xs();
    expect(narrow.at(-1)).to.be.below(320);
    expect(narrow.at(-1)).to.be.below(wide.at(-1)!);
    expect(part(el, 'chart')!.getAttribute('width')).to.equal(
      String(el.shadowRoot!.querySelector('.plot')!.clientWidth),
    );
  });
  it('keeps following its container after being moved in the page', async () => {
    const el = await sampleChart();
    const box = document.createElement('div');
    box.style.width = '600px';
    document.body.append(box);
    box.append(el);
    await settle(el);
    // Both widths are the same size class: only the plot's own observer sees the change.
    box.style.width = '520px';
    await settle(el);
    const plot = el.shadowRoot!.querySelector('.plot')!;
    expect(plot.clientWidth).to.be.below(520);
    expect(part(el, 'chart')!.getAttribute('width')).to.equal(String(plot.clientWidth));
    box.remove();
  });
});

describe('<churn-trend> the running period (KPI-SPEC §Churn: core `complete: false`)', () => {
  it('draws it hollow after a dashed segment, and says so in words', async () => {
    const el = await sampleChart();
    const points = parts(el, 'point');
    expect(points.at(-1)!.classList.contains('open')).to.equal(true);
    expect(points.slice(0, -1).every((p) => !p.classList.contains('open'))).to.equal(true);
    expect(part(el, 'line-provisional')).to.not.equal(null);
    expect(text(part(el, 'note'))).to.equal(
      'December 2025 is in progress: its rate will still change.',
    );
    const buttons = parts(el, 'point-button');
    expect(buttons.at(-1)!.getAttribute('aria-label')).to.contain('in progress');
    await openTable(el);
    expect(rows(el).at(-1)![0]).to.equal('December 2025 (in progress)');
  });
});

describe('<churn-trend> keyboard and pointer (issue 3: points focusable, tooltip on hover, focus and touch)', () => {
  it('reaches the first point with Tab, walks the points with the arrows, and the tooltip follows', async () => {
    const el = await sampleChart();
    part(el, 'table-toggle')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.dataset.index).to.equal('0');
    await el.updateComplete;
    const tip = () => text(part(el, 'tooltip'));
    const p0 = series.points[0]!;
    expect(tip()).to.contain('January 2025');
    expect(tip()).to.contain(`S) ${formatNumber('en', p0.start, 0)}`);
    expect(tip()).to.contain(`(L) ${formatNumber('en', p0.lost, 0)}`);
    expect(tip()).to.contain(rate('en', p0.value!));

    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('1');
    expect(tip()).to.contain('February 2025');
    expect(tip()).to.contain(formatNumber('en', series.points[1]!.start, 0));

    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('11');
    expect(tip()).to.contain('in progress');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(el)?.dataset.index).to.equal('11');
    await userEvent.keyboard('{Home}');
    expect(focused(el)?.dataset.index).to.equal('0');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused(el)?.dataset.index).to.equal('0');
    // One tab stop for all points: the roving tabindex.
    expect(parts(el, 'point-button').filter((b) => b.tabIndex === 0)).to.have.length(1);

    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
  });

  it('shows newLost in the tooltip only when it is not zero', async () => {
    const el = await sampleChart();
    const withNew = series.points.findIndex((p) => p.newLost > 0);
    const without = series.points.findIndex((p) => p.newLost === 0);
    parts(el, 'point-button')[withNew]!.focus();
    await el.updateComplete;
    expect(text(part(el, 'tooltip')!.querySelector('[data-field="newLost"]'))).to.equal(
      String(series.points[withNew]!.newLost),
    );
    parts(el, 'point-button')[without]!.focus();
    await el.updateComplete;
    expect(part(el, 'tooltip')!.querySelector('[data-field="newLost"]')).to.equal(null);
  });

  it('fires kpi-select with the period and core result on Enter and on click', async () => {
    const el = await sampleChart();
    const details: ChurnTrendSelectDetail[] = [];
    el.addEventListener('kpi-select', (e) =>
      details.push((e as KpiSelectEvent<ChurnTrendSelectDetail>).detail),
    );
    parts(el, 'point-button')[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(details).to.have.length(1);
    const p2 = series.points[2]!;
    expect(details[0]).to.deep.include({
      index: 2,
      label: p2.label,
      rate: p2.value,
      start: p2.start,
      lost: p2.lost,
      complete: true,
    });
    expect(details[0]!.period).to.deep.equal(p2.period);
    expect(details[0]!.result).to.deep.equal(p2);
    parts(el, 'point-button')[5]!.click();
    expect(details[1]!.label).to.equal(series.points[5]!.label);
  });

  it('shows the nearest period under a mouse, and a tapped one until a tap elsewhere', async () => {
    const el = await sampleChart();
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    const cx = Number(parts(el, 'point')[4]!.getAttribute('cx'));
    plot.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: box.left + cx + 3,
        clientY: box.top + 20,
        pointerType: 'mouse',
        bubbles: true,
      }),
    );
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.contain('May 2025');
    plot.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);

    const cx7 = Number(parts(el, 'point')[7]!.getAttribute('cx'));
    plot.dispatchEvent(
      new PointerEvent('pointerdown', {
        clientX: box.left + cx7 - 4,
        clientY: box.top + 5,
        pointerType: 'touch',
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.contain('August 2025');
    document.body.dispatchEvent(
      new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
  });

  it('keeps the tooltip inside the element', async () => {
    const el = await sampleChart();
    parts(el, 'point-button').at(-1)!.focus();
    await el.updateComplete;
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const tip = part(el, 'tooltip')!.getBoundingClientRect();
    expect(tip.right).to.be.at.most(plot.right + 0.5);
    expect(tip.left).to.be.at.least(plot.left - 0.5);
    expect(tip.top).to.be.at.least(plot.top - 0.5);
  });
});

describe('<churn-trend> retention (KPI-SPEC §Retention: churn + retention = 100)', () => {
  it('switches to retention with a pressed button, target at 100 − target', async () => {
    const el = await sampleChart();
    const [churnButton, retentionButton] = [
      ...part(el, 'metric-toggle')!.querySelectorAll('button'),
    ];
    expect(churnButton!.getAttribute('aria-pressed')).to.equal('true');
    retentionButton!.click();
    await settle(el);
    expect(retentionButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('metric')).to.equal('retention');
    expect(text(part(el, 'label'))).to.equal('Retention rate');
    expect(text(part(el, 'target'))).to.equal(`Target ${formatPercent('en', 97, 1)}`);
    const p0 = series.points[0]!;
    expect(parts(el, 'point-button')[0]!.getAttribute('aria-label')).to.contain(
      `Retention ${rate('en', p0.retention!)}`,
    );
    // Higher retention is drawn higher too.
    const ys = dots(el);
    const high = series.points.reduce(
      (a, p, i) => (p.retention! > series.points[a]!.retention! ? i : a),
      0,
    );
    expect(Math.min(...ys)).to.equal(ys[high]);
    await expect(el).to.be.accessible();
  });
});

describe('<churn-trend> states and invalid input (issue 3: a bad attribute never throws)', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const [attribute, markup] of [
    ['points', html`<churn-trend points="[{oops"></churn-trend>`],
    ['target', html`<churn-trend target="abc" points="[]"></churn-trend>`],
    ['metric', html`<churn-trend metric="nps" points="[]"></churn-trend>`],
    ['time-zone', html`<churn-trend .customers=${customers} time-zone="Mars/Base"></churn-trend>`],
    [
      'every',
      html`<churn-trend .customers=${customers} every="day" time-zone="UTC"></churn-trend>`,
    ],
    [
      'from',
      html`<churn-trend .customers=${customers} from="someday" time-zone="UTC"></churn-trend>`,
    ],
  ] as const) {
    it(`shows the invalid state and warns once naming ${attribute}`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await fixture<ChurnTrend>(markup);
      expect(part(el, 'state')!.dataset.state).to.equal('invalid');
      expect(text(part(el, 'state'))).to.contain(`“${attribute}”`);
      expect(warn.mock.calls).to.have.length(1);
      expect(String(warn.mock.calls[0]![0])).to.contain(attribute);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.mock.calls).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('names the entry and field of a bad point in the warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fixture(html`<churn-trend points='[{"label":"a","start":5,"lost":9}]'></churn-trend>`);
    expect(String(warn.mock.calls[0]![0])).to.equal(
      '<churn-trend>: points entry 0 field "lost": 9 is more than start (5)',
    );
  });

  it('has empty, loading and error states', async () => {
    const empty = await fixture<ChurnTrend>(html`<churn-trend></churn-trend>`);
    expect(part(empty, 'state')!.dataset.state).to.equal('empty');
    await expect(empty).to.be.accessible();
    const loading = await fixture<ChurnTrend>(html`<churn-trend loading></churn-trend>`);
    expect(part(loading, 'state')!.dataset.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const error = await fixture<ChurnTrend>(html`<churn-trend error="HTTP 503"></churn-trend>`);
    expect(text(part(error, 'state'))).to.contain('HTTP 503');
    await expect(error).to.be.accessible();
  });

  it('counts rejected customers and keeps the valid ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [...customers, { id: 'x', activeFrom: 'yesterday' } as unknown as CustomerInput];
    const el = await fixture<ChurnTrend>(
      html`<churn-trend
        lang="en"
        .customers=${bad}
        from=${range.from}
        to=${range.to}
        time-zone=${range.timeZone}
        as-of=${range.asOf}
      ></churn-trend>`,
    );
    expect(text(part(el, 'notice'))).to.equal('1 records were rejected as invalid');
    await openTable(el);
    expect(rows(el)[0]![3]).to.equal(formatNumber('en', series.points[0]!.start, 0));
  });

  it('renders labels with markup as text', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend
        points='[{"label":"<img src=x onerror=alert(1)>","rate":2}]'
        label="<b>Bajas</b>"
      ></churn-trend>`,
    );
    await openTable(el);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(text(part(el, 'label'))).to.equal('<b>Bajas</b>');
    expect(rows(el)[0]![0]).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<churn-trend> languages and themes (issue 3: es and en with Intl, dark theme)', () => {
  it('speaks the closest lang and follows it live', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><churn-trend .result=${series}></churn-trend></div>`,
    );
    const el = wrapper.querySelector('churn-trend')!;
    await el.updateComplete;
    expect(text(part(el, 'label'))).to.equal('Tasa de abandono');
    await openTable(el);
    expect(rows(el)[0]![0]).to.equal('enero de 2025');
    expect(rows(el)[0]![1]).to.equal(rate('es', series.points[0]!.value!));
    expect(rows(el)[0]![1]).to.contain(',');
    expect(text(part(el, 'note'))).to.contain('está en curso');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(rows(el)[0]![0]).to.equal('January 2025');
  });

  it('draws in dark colours with theme="dark" and stays accessible', async () => {
    const light = await sampleChart();
    const darkFixture = await fixture<HTMLDivElement>(
      html`<div lang="en" style="width: 640px">
        <churn-trend theme="dark" .result=${series}></churn-trend>
      </div>`,
    );
    const dark = darkFixture.querySelector('churn-trend')!;
    await settle(dark);
    const stroke = (el: ChurnTrend) => getComputedStyle(part(el, 'line')!).stroke;
    expect(stroke(dark)).to.not.equal(stroke(light));
    expect(getComputedStyle(dark).backgroundColor).to.not.equal(
      getComputedStyle(light).backgroundColor,
    );
    await openTable(dark);
    await expect(dark).to.be.accessible();
  });

  it('is accessible with a tooltip open', async () => {
    const el = await sampleChart();
    parts(el, 'point-button')[3]!.focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<churn-trend> media (issue 3: forced colours, prefers-reduced-motion, print)', () => {
  afterEach(() => resetMedia());

  it('draws with system colours in forced-colours mode', async () => {
    const el = await sampleChart();
    await emulateMedia({ forcedColors: 'active' });
    await el.updateComplete;
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(part(el, 'line')!).stroke).to.equal(highlight);
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(part(el, 'target')!.querySelector('text')!).fill).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });

  it('does not animate the line when the reader prefers reduced motion', async () => {
    const el = await sampleChart();
    expect(getComputedStyle(part(el, 'line')!).animationName).to.equal('draw');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part(el, 'line')!).animationName).to.equal('none');
  });

  it('draws the whole settled line once the draw-on animation is over (no dash left)', async () => {
    const el = await sampleChart();
    const line = part(el, 'line') as unknown as SVGPathElement;
    const animations = line.getAnimations();
    // While it draws on, the line is one dash of the path's length, offset out of sight.
    expect(animations.map((a) => (a as CSSAnimation).animationName)).to.deep.equal(['draw']);
    expect(getComputedStyle(line).strokeDasharray).to.not.equal('none');
    for (const animation of animations) animation.finish();
    // A dash of pathLength="1" falls short of the last point in Chromium: none may remain.
    expect(getComputedStyle(line).strokeDasharray).to.equal('none');
    expect(getComputedStyle(line).strokeDashoffset).to.equal('0px');
  });

  it('prints the drawing without the interactive layer, in ink colours', async () => {
    const el = await sampleChart();
    el.setAttribute('theme', 'dark');
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'points')!).display).to.equal('none');
    expect(getComputedStyle(part(el, 'metric-toggle')!).display).to.equal('none');
    expect(getComputedStyle(part(el, 'chart')!).display).to.equal('block');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<churn-trend> text summary (issue 3: text summary as the accessible name)', () => {
  it('says the range, the latest value, the extremes and the misses against the target', async () => {
    const el = await sampleChart();
    const summary = shadow(el).querySelector('[role="img"]')!.getAttribute('aria-label')!;
    const pct = (v: number) => rate('en', v);
    const points = series.points;
    const high = points.reduce((a, p) => (p.value! > a.value! ? p : a));
    const low = points.reduce((a, p) => (p.value! < a.value! ? p : a));
    const misses = points.filter((p) => p.value! > 3).length;
    expect(summary).to.equal(
      `Churn rate, 12 periods from January 2025 to December 2025; ` +
        `latest ${pct(points[11]!.value!)} (December 2025, in progress); ` +
        `highest ${pct(high.value!)} in ${monthName(high.label)}, lowest ${pct(low.value!)} in ${monthName(low.label)}; ` +
        `target ${formatPercent('en', 3, 1)}, missed in ${misses} periods.`,
    );
  });
});

/** `2025-03` → `March 2025`, computed here rather than through the element's own formatter. */
const monthName = (label: string) =>
  new Date(`${label}-15T00:00:00Z`).toLocaleString('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
