import { compare, nps } from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import '../define/nps-gauge.js';
import { formatNumber, formatSigned } from '../internal/format.js';
import { GAUGE } from './nps-gauge-geometry.js';
import type { NpsGauge } from './nps-gauge.js';

/** 130 promoters (answers 9–10), 40 passives (7–8), 30 detractors (0–6): fixed data. */
const answers = [
  ...Array.from({ length: 130 }, (_, i) => 9 + (i % 2)),
  ...Array.from({ length: 40 }, (_, i) => 7 + (i % 2)),
  ...Array.from({ length: 30 }, (_, i) => i % 7),
];
const previousAnswers = [
  ...Array.from({ length: 60 }, () => 10),
  ...Array.from({ length: 20 }, () => 8),
  ...Array.from({ length: 40 }, () => 3),
];

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement | SVGElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const meter = (el: Element) => shadow(el).querySelector('[role="meter"]')!;

describe('<nps-gauge> three ways in (issue 3 "For every element")', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the score, n, interval and counts the core computes from raw responses', async () => {
    const result = nps(answers);
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" .responses=${answers}></nps-gauge>`,
    );
    expect(text(part(el, 'value'))).to.equal(formatNumber('en', result.value!, 1));
    const m = meter(el);
    expect(Number(m.getAttribute('aria-valuenow'))).to.equal(result.value);
    expect(m.getAttribute('aria-valuemin')).to.equal('-100');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    const details = text(part(el, 'details'));
    expect(details).to.contain(`n = ${formatNumber('en', result.n, 0)}`);
    expect(details).to.contain(formatNumber('en', result.interval![0], 1));
    expect(details).to.contain(formatNumber('en', result.interval![1], 1));
    const breakdown = text(part(el, 'breakdown'));
    expect(breakdown).to.contain(`(${result.promoters})`);
    expect(breakdown).to.contain(`(${result.passives})`);
    expect(breakdown).to.contain(`(${result.detractors})`);
    await expect(el).to.be.accessible();
  });

  it('renders a core result object the same as the responses it came from', async () => {
    const result = nps(answers);
    const a = await fixture<NpsGauge>(html`<nps-gauge .result=${result}></nps-gauge>`);
    const b = await fixture<NpsGauge>(html`<nps-gauge .responses=${answers}></nps-gauge>`);
    expect(meter(a).getAttribute('aria-valuetext')).to.equal(
      meter(b).getAttribute('aria-valuetext'),
    );
    expect(part(a, 'indicator')!.getAttribute('d')).to.equal(
      part(b, 'indicator')!.getAttribute('d'),
    );
  });

  it('computes from count attributes through the core', async () => {
    const result = nps(answers);
    const el = await fixture<NpsGauge>(
      html`<nps-gauge promoters="130" passives="40" detractors="30"></nps-gauge>`,
    );
    expect(Number(meter(el).getAttribute('aria-valuenow'))).to.equal(result.value);
    expect(text(part(el, 'details'))).to.contain(formatNumber('en', result.interval![0], 1));
  });

  it('shows a bare score attribute without counts', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge score="42"></nps-gauge>`);
    expect(text(part(el, 'value'))).to.equal('42');
    expect(part(el, 'breakdown')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<nps-gauge> geometry (issue 3 "Tests": the arc for NPS −30 ends left of the centre)', () => {
  const end = (d: string) =>
    d
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .slice(-2) as [number, number];

  it('ends −30 left of the centre and +50 right, in the rendered SVG', async () => {
    const neg = await fixture<NpsGauge>(html`<nps-gauge score="-30"></nps-gauge>`);
    const pos = await fixture<NpsGauge>(html`<nps-gauge score="50"></nps-gauge>`);
    expect(end(part(neg, 'indicator')!.getAttribute('d')!)[0]).to.be.below(GAUGE.cx);
    expect(end(part(pos, 'indicator')!.getAttribute('d')!)[0]).to.be.above(GAUGE.cx);
    expect(part(neg, 'indicator')!.classList.contains('negative')).to.equal(true);
  });
});

describe('<nps-gauge> delta vs previous period (KPI-SPEC §NPS difference between two periods)', () => {
  it('labels the change with compare() direction and significance', async () => {
    const current = nps(answers);
    const previous = nps(previousAnswers);
    const c = compare(current, previous);
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" .result=${current} .previous=${previous}></nps-gauge>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.direction).to.equal(c.direction);
    expect(delta.dataset.significant).to.equal(String(c.significant));
    expect(text(delta)).to.contain(formatSigned('en', c.delta!, 1));
  });
});
