import { byPeriod, CSAT_SCALES, compare, csat, esat, wilsonInterval } from '@tablero/core';
import { sampleDataset } from '@tablero/core/sample';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/csat-card.js';
import type { KpiTableToggleEvent } from '../events/kpi-table-toggle-event.js';
import { formatNumber, formatPercent, formatSigned } from '../internal/format.js';
import type { CsatCard } from './csat-card.js';
import { SCALE_ANSWERS } from '../../test/support/csat-scale-answers.js';
import { part, settle, shadow, text } from '../../test/support/dom.js';

// Fixed data: the sample dataset's CSAT answers, its last two months in Madrid, and the series.
const answers = sampleDataset().surveys.filter((s) => s.kind === 'csat');
const monthly = byPeriod(answers, (a) => csat(a), { every: 'month', timeZone: 'Europe/Madrid' });
const current = monthly.points.at(-1)!.result;
const previous = monthly.points.at(-2)!.result;
const inPoint = (point: (typeof monthly.points)[number]) =>
  answers.filter((a) => a.answeredAt >= point.period.from && a.answeredAt < point.period.to);
const currentAnswers = inPoint(monthly.points.at(-1)!);

const parts = (el: Element, name: string) => [
  ...shadow(el).querySelectorAll<SVGElement | HTMLElement>(`[part~="${name}"]`),
];
const figure = (el: Element) => part(el, 'figure')!;
const state = (el: Element) => part(el, 'state')?.dataset.state ?? 'ready';
// Intl puts a no-break space before % in Spanish; `text()` folds every space to ' '.
const pct = (lang: string, v: number) => formatPercent(lang, v, 1).replace(/\s+/g, ' ');

describe('<csat-card> three ways in (issue 3 "For every element"; KPI-SPEC §CSAT)', () => {
  it('shows the %, n, positive and Wilson interval core computes from raw responses', async () => {
    const r = csat(currentAnswers);
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" .responses=${currentAnswers}></csat-card>`,
    );
    expect(text(part(el, 'value'))).to.equal(pct('en', r.value!));
    const details = text(part(el, 'details'));
    expect(details).to.contain(`n = ${formatNumber('en', r.n, 0)}`);
    expect(details).to.contain(`${r.positive} of ${r.n} satisfied`);
    expect(details).to.contain(pct('en', r.interval![0]));
    expect(details).to.contain(pct('en', r.interval![1]));
    const counts = parts(el, 'bar').map((b) => Number(b.dataset.count));
    expect(counts).to.deep.equal(r.distribution.map((d) => d.count));
    // The interval band spans [low, high] on the 0–100 drawing.
    const band = shadow(el).querySelector('.band')!;
    expect(Number(band.getAttribute('x'))).to.be.closeTo(r.interval![0], 1e-9);
    expect(Number(band.getAttribute('width'))).to.be.closeTo(r.interval![1] - r.interval![0], 1e-9);
    await expect(el).to.be.accessible();
  });

  it('renders a core result exactly as the responses it came from', async () => {
    const a = await fixture<CsatCard>(html`<csat-card .result=${current}></csat-card>`);
    const b = await fixture<CsatCard>(html`<csat-card .responses=${currentAnswers}></csat-card>`);
    expect(figure(a).getAttribute('aria-label')).to.equal(figure(b).getAttribute('aria-label'));
    expect(parts(a, 'bar').map((x) => x.getAttribute('height'))).to.deep.equal(
      parts(b, 'bar').map((x) => x.getAttribute('height')),
    );
  });

  it('computes a distribution attribute through core, as csat() on the same answers', async () => {
    const dist = current.distribution.map((d) => d.count);
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" distribution=${JSON.stringify(dist)}></csat-card>`,
    );
    expect(text(part(el, 'value'))).to.equal(pct('en', current.value!));
    expect(figure(el).getAttribute('aria-label')).to.contain(
      `${current.positive} of ${current.n} satisfied`,
    );
    expect(text(part(el, 'details'))).to.contain(pct('en', current.interval![1]));
  });

  it('computes positive + n attributes with core’s Wilson interval, without bars', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" positive="164" n="200" value="82"></csat-card>`,
    );
    const interval = wilsonInterval(164, 200)!;
    expect(text(part(el, 'value'))).to.equal(pct('en', 82));
    expect(text(part(el, 'details'))).to.contain(pct('en', interval[0]));
    expect(text(part(el, 'details'))).to.contain(pct('en', interval[1]));
    expect(part(el, 'distribution')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a bare value attribute as given', async () => {
    const el = await fixture<CsatCard>(html`<csat-card lang="en" value="76.5"></csat-card>`);
    expect(text(part(el, 'value'))).to.equal(pct('en', 76.5));
    expect(part(el, 'interval')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<csat-card> distribution per scale point (KPI-SPEC §CSAT: top-2 box, binary good)', () => {
  for (const scale of CSAT_SCALES) {
    it(`draws one bar per ${scale} point, heights ordered by count, positives per threshold`, async () => {
      const r = csat(SCALE_ANSWERS[scale], { scale });
      const el = await fixture<CsatCard>(
        html`<csat-card scale=${scale} .responses=${SCALE_ANSWERS[scale]}></csat-card>`,
      );
      const bars = parts(el, 'bar');
      expect(bars).to.have.length(r.distribution.length);
      const rendered = bars.map((b) => ({
        count: Number(b.dataset.count),
        height: Number(b.getAttribute('height')),
        positive: b.getAttribute('part')!.split(' ').includes('bar-positive'),
      }));
      for (const a of rendered) {
        for (const b of rendered) {
          if (a.count > b.count) expect(a.height).to.be.above(b.height);
          if (a.count === b.count) expect(a.height).to.equal(b.height);
        }
      }
      const positive = rendered.filter((b) => b.positive).reduce((sum, b) => sum + b.count, 0);
      expect(positive).to.equal(r.positive);
      const scores = bars.filter((b) => b.getAttribute('part')!.includes('bar-positive'));
      const expected = r.distribution
        .filter((d) =>
          scale === 'binary' ? d.score === 'good' : Number(d.score) >= r.positiveThreshold,
        )
        .map((d) => String(d.score));
      expect(scores.map((b) => b.dataset.score)).to.deep.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('follows positive-threshold (1-10, 7 and up satisfied)', async () => {
    const r = csat(SCALE_ANSWERS['1-10'], { scale: '1-10', positiveThreshold: 7 });
    const el = await fixture<CsatCard>(
      html`<csat-card
        lang="en"
        scale="1-10"
        positive-threshold="7"
        .responses=${SCALE_ANSWERS['1-10']}
      ></csat-card>`,
    );
    const positive = parts(el, 'bar-positive').map((b) => b.dataset.score);
    expect(positive).to.deep.equal(['7', '8', '9', '10']);
    expect(text(part(el, 'value'))).to.equal(pct('en', r.value!));
    expect(text(part(el, 'distribution'))).to.contain('Satisfied: 7–10');
  });

  it('labels binary points Good / Bad, and Bueno / Malo in Spanish', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" scale="binary" distribution="[1, 3]"></csat-card>`,
    );
    expect(text(part(el, 'distribution')))
      .to.contain('Bad')
      .and.to.contain('Good');
    el.lang = 'es';
    await settle(el);
    expect(text(part(el, 'distribution')))
      .to.contain('Malo')
      .and.to.contain('Bueno');
    expect(text(part(el, 'value'))).to.equal(pct('es', 75));
  });
});

describe('<csat-card> delta vs previous period (KPI-SPEC §Periods and comparison)', () => {
  it('labels the change with compare()’s direction and significance', async () => {
    const c = compare(current, previous);
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" .result=${current} .previous=${previous}></csat-card>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.direction).to.equal(c.direction);
    expect(delta.dataset.significant).to.equal(String(c.significant));
    expect(text(delta)).to.contain(formatSigned('en', c.delta!, 1));
    expect(figure(el).getAttribute('aria-label')).to.contain(
      `${formatSigned('en', c.delta!, 1)} pts vs previous period`,
    );
  });

  it('mutes a change that is not significant, and colours significant ones by direction', async () => {
    // 9 of 10 vs 8 of 10: too few answers to tell (pooled z-test).
    const small = await fixture<CsatCard>(
      html`<csat-card
        lang="en"
        positive="9"
        n="10"
        previous-positive="8"
        previous-n="10"
      ></csat-card>`,
    );
    // The same counts as answers, so core runs its own test on them.
    const answersOf = (positive: number, n: number) =>
      Array.from({ length: n }, (_, i) => (i < positive ? 5 : 1));
    const c = compare(csat(answersOf(9, 10)), csat(answersOf(8, 10)));
    expect(c.significant, 'precondition: core calls this not significant').to.equal(false);
    const muted = part(small, 'delta')!;
    expect(muted.dataset.significant).to.equal('false');
    expect(text(muted)).to.contain('not significant');
    expect(getComputedStyle(muted).color).to.equal(
      getComputedStyle(shadow(small).querySelector('.muted')!).color,
    );
    await expect(small).to.be.accessible();

    const up = await fixture<CsatCard>(
      html`<csat-card
        positive="900"
        n="1000"
        previous-positive="700"
        previous-n="1000"
      ></csat-card>`,
    );
    const down = await fixture<CsatCard>(
      html`<csat-card
        positive="700"
        n="1000"
        previous-positive="900"
        previous-n="1000"
      ></csat-card>`,
    );
    expect(part(up, 'delta')!.dataset.direction).to.equal('better');
    expect(part(up, 'delta')!.dataset.significant).to.equal('true');
    expect(part(down, 'delta')!.dataset.direction).to.equal('worse');
    const [upColour, downColour] = [up, down].map((e) => getComputedStyle(part(e, 'delta')!).color);
    expect(upColour).not.to.equal(downColour);
    expect(upColour).not.to.equal(getComputedStyle(shadow(up).querySelector('.muted')!).color);
  });

  it('does not claim a test it cannot run: a bare previous-value is "not tested"', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" value="80" previous-value="85"></csat-card>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.direction).to.equal('worse');
    expect(delta.dataset.significant).to.equal('null');
    expect(text(delta)).not.to.contain('significant');
    expect(figure(el).getAttribute('aria-label')).to.contain('significance not tested');
  });

  it('computes the previous period from previousResponses through core', async () => {
    const prevAnswers = inPoint(monthly.points.at(-2)!);
    const el = await fixture<CsatCard>(
      html`<csat-card .responses=${currentAnswers} .previousResponses=${prevAnswers}></csat-card>`,
    );
    const c = compare(csat(currentAnswers), csat(prevAnswers));
    expect(part(el, 'delta')!.dataset.significant).to.equal(String(c.significant));
    expect(text(part(el, 'delta'))).to.contain(formatSigned('en', c.delta!, 1));
  });
});

describe('<csat-card> sparkline (KPI-SPEC §What the components show: trend when a series is given)', () => {
  it('draws one point per period of a byPeriod series, with a text summary', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" .result=${current} .series=${monthly}></csat-card>`,
    );
    const points = shadow(el).querySelectorAll('.sparkline .point');
    expect(points.length).to.equal(monthly.points.length);
    expect([...points].map((p) => Number((p as SVGElement).dataset.value))).to.deep.equal(
      monthly.points.map((p) => p.result.value),
    );
    const summary = part(el, 'trend')!.getAttribute('aria-label')!;
    expect(summary).to.contain(`Trend over ${monthly.points.length} periods`);
    const first = monthly.points[0]!;
    const last = monthly.points.at(-1)!;
    expect(summary).to.contain(`${pct('en', first.result.value!)} (${first.label})`);
    expect(summary).to.contain(`${pct('en', last.result.value!)} (${last.label})`);
    // Higher CSAT is drawn higher: compare the y of the lowest and highest month.
    const ys = [...points].map((p) =>
      Number(p.getAttribute('d')!.split(',')[1]!.replace('h0', '')),
    );
    const values = monthly.points.map((p) => p.result.value!);
    const hi = values.indexOf(Math.max(...values));
    const lo = values.indexOf(Math.min(...values));
    expect(ys[hi]).to.be.below(ys[lo]!);
    await expect(el).to.be.accessible();
  });

  it('takes an array of results and a JSON series attribute alike', async () => {
    const results = monthly.points.slice(-4).map((p) => p.result);
    const a = await fixture<CsatCard>(
      html`<csat-card .result=${current} .series=${results}></csat-card>`,
    );
    expect(shadow(a).querySelectorAll('.sparkline .point').length).to.equal(4);
    const b = await fixture<CsatCard>(
      html`<csat-card value="80" series="[78, 79.5, 81, 80]"></csat-card>`,
    );
    expect(shadow(b).querySelectorAll('.sparkline .point').length).to.equal(4);
  });
});

describe('<csat-card> gaps and employee surveys (KPI-SPEC §Employee KPIs: ESAT as CSAT)', () => {
  it('breaks the trend line at a period without answers and says so in the table', async () => {
    const series = [csat([5, 4, 2]), csat([]), csat([5, 5, 1]), csat([4, 4, 4, 1])];
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" .result=${series.at(-1)} .series=${series}></csat-card>`,
    );
    const dots = shadow(el).querySelectorAll('.sparkline .point');
    expect(dots).to.have.length(series.filter((r) => r.value !== null).length);
    const line = shadow(el).querySelector('.sparkline .line')!.getAttribute('d')!;
    expect(line.match(/M/g)).to.have.length(2);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const rows = shadow(el).querySelectorAll('table')[1]!.querySelectorAll('tbody tr');
    expect(text(rows[1]!)).to.contain('no answers');
    await expect(el).to.be.accessible();
  });

  it('draws no trend for an empty series', async () => {
    const el = await fixture<CsatCard>(html`<csat-card value="80" .series=${[]}></csat-card>`);
    expect(part(el, 'trend')).to.equal(null);
  });

  it('computes ESAT through core esat() and labels it', async () => {
    const scores = [5, 4, 4, 3, 1, 5];
    const r = esat(scores);
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" kpi="esat" .responses=${scores}></csat-card>`,
    );
    expect(text(part(el, 'label'))).to.equal('ESAT');
    expect(text(part(el, 'value'))).to.equal(pct('en', r.value!));
  });
});

describe('<csat-card> invalid input never throws (issue 3: invalid state + a warning naming the attribute)', () => {
  afterEach(() => vi.restoreAllMocks());

  const cases: [string, ReturnType<typeof html>][] = [
    ['value', html`<csat-card value="abc"></csat-card>`],
    ['n', html`<csat-card positive="3" n="-4"></csat-card>`],
    ['positive', html`<csat-card positive="30" n="20"></csat-card>`],
    ['scale', html`<csat-card scale="1-4" value="80"></csat-card>`],
    ['kpi', html`<csat-card kpi="nps" value="80"></csat-card>`],
    ['positive-threshold', html`<csat-card positive-threshold="9" value="80"></csat-card>`],
    ['distribution', html`<csat-card distribution="[1, 2, 3]"></csat-card>`],
    ['distribution', html`<csat-card distribution="1;2"></csat-card>`],
    ['value', html`<csat-card value="50" distribution="[0, 0, 0, 1, 1]"></csat-card>`],
    ['series', html`<csat-card value="80" series="[80, 'x']"></csat-card>`],
    ['previous-n', html`<csat-card value="80" previous-positive="3"></csat-card>`],
    ['interval-high', html`<csat-card value="80" interval-low="70"></csat-card>`],
    ['interval-low', html`<csat-card value="80" interval-low="90" interval-high="70"></csat-card>`],
    [
      'previous-positive',
      html`<csat-card value="80" previous-positive="30" previous-n="20"></csat-card>`,
    ],
    ['n', html`<csat-card distribution="[1, 1, 1, 1, 1]" n="6"></csat-card>`],
  ];
  for (const [attribute, template] of cases) {
    it(`shows the invalid state for a bad ${attribute} and warns once, naming it`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await fixture<CsatCard>(template);
      expect(state(el)).to.equal('invalid');
      expect(text(part(el, 'state'))).to.contain(`“${attribute}”`);
      const messages = warn.mock.calls.map((c) => String(c[0]));
      expect(messages.filter((m) => m.includes(attribute))).to.have.length(1);
      expect(messages[0]).to.match(/^<csat-card>: /);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.mock.calls).to.have.length(messages.length);
      await expect(el).to.be.accessible();
    });
  }

  it('rejects a result object that is not a CSAT result', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await fixture<CsatCard>(
      html`<csat-card .result=${{ value: 80, n: 10 } as never}></csat-card>`,
    );
    expect(state(el)).to.equal('invalid');
    expect(text(part(el, 'state'))).to.contain('“result”');
  });

  it('keeps valid answers and counts the rejected ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await fixture<CsatCard>(
      html`<csat-card lang="en" .responses=${[5, 4, 9, 'meh', 2]}></csat-card>`,
    );
    const r = csat([5, 4, 9, 'meh', 2], { mode: 'lenient' });
    expect(r.rejected).to.have.length(2);
    expect(text(part(el, 'value'))).to.equal(pct('en', r.value!));
    expect(text(part(el, 'notice'))).to.contain('2 records were rejected');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).to.contain('record 2');
  });
});

describe('<csat-card> states (issue 3: empty, loading, error)', () => {
  it('shows empty when there are no answers', async () => {
    const el = await fixture<CsatCard>(html`<csat-card lang="en" .responses=${[]}></csat-card>`);
    expect(state(el)).to.equal('empty');
    expect(text(part(el, 'state'))).to.equal('No responses yet');
    expect(part(el, 'table-toggle')).to.equal(null);
    await expect(el).to.be.accessible();
    const zero = await fixture<CsatCard>(html`<csat-card n="0" positive="0"></csat-card>`);
    expect(state(zero)).to.equal('empty');
  });

  it('shows loading, then the host’s error message', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card lang="es" loading .result=${current}></csat-card>`,
    );
    expect(state(el)).to.equal('loading');
    expect(text(part(el, 'state'))).to.equal('Cargando…');
    await expect(el).to.be.accessible();
    el.loading = false;
    el.error = 'HTTP 503';
    await el.updateComplete;
    expect(state(el)).to.equal('error');
    expect(text(part(el, 'state'))).to.contain('HTTP 503');
    await expect(el).to.be.accessible();
  });

  it('shows core’s error when the previous period is another KPI', async () => {
    const el = await fixture<CsatCard>(
      html`<csat-card .result=${current} .previous=${{ kpi: 'esat', value: 70 }}></csat-card>`,
    );
    expect(state(el)).to.equal('error');
    expect(text(part(el, 'state'))).to.contain('esat');
  });
});

describe('<csat-card> language (issue 3: lang inherited, es and en, Intl)', () => {
  it('follows the closest [lang] and switches live', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-ES">
        <csat-card .result=${current} .previous=${previous} .series=${monthly}></csat-card>
      </div>`,
    );
    const el = wrapper.querySelector('csat-card')!;
    await el.updateComplete;
    const c = compare(current, previous);
    expect(text(part(el, 'value'))).to.equal(pct('es', current.value!));
    expect(text(part(el, 'value'))).to.contain(',');
    expect(text(part(el, 'details'))).to.contain('satisfechos');
    expect(text(part(el, 'delta'))).to.contain(`${formatSigned('es', c.delta!, 1)} p. p.`);
    expect(text(part(el, 'delta'))).to.contain(c.direction === 'worse' ? 'empeora' : 'mejora');
    expect(text(part(el, 'table-toggle'))).to.equal('Ver como tabla');
    expect(part(el, 'trend')!.getAttribute('aria-label')).to.contain('Tendencia en 12 periodos');
    wrapper.lang = 'en';
    await settle(el);
    expect(text(part(el, 'value'))).to.equal(pct('en', current.value!));
    expect(text(part(el, 'table-toggle'))).to.equal('View as table');
  });
});

describe('<csat-card> table view and keyboard (issue 3: keyboard-reachable "view as table")', () => {
  it('reaches the toggle with Tab, opens the tables with Enter, and fires kpi-table-toggle', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <csat-card
          lang="en"
          .result=${current}
          .previous=${previous}
          .series=${monthly}
        ></csat-card>
      </div>`,
    );
    const el = wrapper.querySelector('csat-card')!;
    await el.updateComplete;
    const events: boolean[] = [];
    el.addEventListener('kpi-table-toggle', (e) => events.push((e as KpiTableToggleEvent).open));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.keyboard('{Tab}');
    const toggle = part(el, 'table-toggle')!;
    expect(shadow(el).activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([true]);
    const tables = shadow(el).querySelectorAll('table');
    expect(tables).to.have.length(2);
    const main = text(tables[0]!);
    expect(main).to.contain(pct('en', current.value!));
    for (const d of current.distribution) {
      expect(main).to.contain(`Score ${d.score}`);
      expect(main).to.contain(formatNumber('en', d.count, 0));
    }
    const rows = tables[1]!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(monthly.points.length);
    expect(text(rows[0]!)).to.contain(monthly.points[0]!.label);
    await expect(el).to.be.accessible();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).to.deep.equal([true, false]);
    expect(shadow(el).querySelector('table')).to.equal(null);
  });
});

describe('<csat-card> theming, size and safety (issue 3: tokens, dark, resizes, no HTML injection)', () => {
  it('uses the dark tokens with theme="dark" and the page’s --csat-card-* knobs', async () => {
    const light = await fixture<CsatCard>(html`<csat-card .result=${current}></csat-card>`);
    const dark = await fixture<CsatCard>(
      html`<csat-card theme="dark" .result=${current}></csat-card>`,
    );
    expect(getComputedStyle(part(dark, 'value')!).color).not.to.equal(
      getComputedStyle(part(light, 'value')!).color,
    );
    await expect(dark).to.be.accessible();
    light.style.setProperty('--csat-card-positive-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(parts(light, 'bar-positive')[0]!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('lays out for its container, not the window', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="box"><csat-card .result=${current}></csat-card></div>`,
    );
    const el = wrapper.querySelector('csat-card')!;
    wrapper.style.width = '200px';
    await settle(el);
    expect(part(el, 'base')!.classList.contains('small')).to.equal(true);
    wrapper.style.width = '600px';
    await settle(el);
    expect(part(el, 'base')!.classList.contains('large')).to.equal(true);
  });

  it('renders markup in a label or a series label as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<CsatCard>(
      html`<csat-card
        label=${evil}
        value="80"
        series=${JSON.stringify([{ label: evil, value: 80 }])}
      ></csat-card>`,
    );
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(part(el, 'label'))).to.equal(evil);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(shadow(el).querySelectorAll('table')[1]!)).to.contain(evil);
  });
});
