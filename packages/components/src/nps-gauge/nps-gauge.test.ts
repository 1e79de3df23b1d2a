import { compare, enps, nps } from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import '../define/nps-gauge.js';
import { formatNumber, formatSigned } from '../internal/format.js';
import { GAUGE, npsAngle, polar } from './nps-gauge-geometry.js';
import type { NpsGauge } from './nps-gauge.js';
import { part, shadow, text } from '../../test/support/dom.js';

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

  it('rounds what it shows to fraction-digits', async () => {
    const result = nps([...answers, 5]);
    expect(result.value! % 1, 'precondition: a score with a fraction').not.to.equal(0);
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" fraction-digits="0" .result=${result}></nps-gauge>`,
    );
    expect(text(part(el, 'value'))).to.equal(formatNumber('en', result.value!, 0));
    expect(Number(meter(el).getAttribute('aria-valuenow'))).to.equal(result.value);
  });

  it('labels an eNPS result eNPS, unless a label is given', async () => {
    const result = enps([10, 9, 3]);
    const el = await fixture<NpsGauge>(html`<nps-gauge .result=${result}></nps-gauge>`);
    expect(text(part(el, 'label'))).to.equal('eNPS');
    el.label = 'Clima laboral';
    await el.updateComplete;
    expect(text(part(el, 'label'))).to.equal('Clima laboral');
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

describe('<nps-gauge> interval band and target (issue 3 "<nps-gauge>")', () => {
  const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

  it('draws the 95% interval between the angles of its ends', async () => {
    const result = nps(answers);
    const [low, high] = result.interval!;
    const el = await fixture<NpsGauge>(html`<nps-gauge .result=${result}></nps-gauge>`);
    const d = numbers(part(el, 'interval')!.getAttribute('d')!);
    const r = d[2]!;
    const start = polar(npsAngle(low), r);
    const end = polar(npsAngle(high), r);
    expect(d[0]).to.be.closeTo(start.x, 0.01);
    expect(d[1]).to.be.closeTo(start.y, 0.01);
    expect(d.at(-2)).to.be.closeTo(end.x, 0.01);
    expect(d.at(-1)).to.be.closeTo(end.y, 0.01);
  });

  it('puts the target marker on the target’s radius', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge score="20" target="-40"></nps-gauge>`);
    const line = part(el, 'target')!;
    const x1 = Number(line.getAttribute('x1'));
    const y1 = Number(line.getAttribute('y1'));
    const x2 = Number(line.getAttribute('x2'));
    const y2 = Number(line.getAttribute('y2'));
    // Both ends lie on the ray from the centre at the angle of −40.
    const angle = npsAngle(-40);
    expect(Math.atan2(x1 - GAUGE.cx, GAUGE.cy - y1)).to.be.closeTo(angle, 1e-6);
    expect(Math.atan2(x2 - GAUGE.cx, GAUGE.cy - y2)).to.be.closeTo(angle, 1e-6);
    expect(x2).to.be.below(GAUGE.cx);
  });
});

describe('<nps-gauge> significance (KPI-SPEC §NPS: significant when |Δ| > 1.96 × SE_diff)', () => {
  it('shows "not significant" for a small change on small samples', async () => {
    const current = nps([10, 10, 9, 8, 3, 10, 7, 6, 9, 10]);
    const previous = nps([10, 9, 8, 3, 10, 7, 6, 9, 2, 10]);
    const c = compare(current, previous);
    expect(c.significant, 'precondition: the core calls this change not significant').to.equal(
      false,
    );
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" .result=${current} .previous=${previous}></nps-gauge>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.significant).to.equal('false');
    expect(text(delta)).to.contain('not significant');
    expect(meter(el).getAttribute('aria-valuetext')).to.contain('not significant');
    expect(getComputedStyle(delta).color).to.equal(
      getComputedStyle(shadow(el).querySelector('.muted')!).color,
    );
  });

  it('says nothing about significance for a bare previous-score (no standard error)', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" score="30" previous-score="40"></nps-gauge>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.direction).to.equal('worse');
    expect(delta.dataset.significant).to.equal('null');
    expect(text(delta)).to.contain(formatSigned('en', -10, 1));
    expect(text(delta)).not.to.contain('significant');
  });
});

describe('<nps-gauge> text summary (issue 3 "Text summary as the accessible name")', () => {
  it('reads the score, scale, interval, n, split and change in the page language', async () => {
    const current = nps(answers);
    const previous = nps(previousAnswers);
    const c = compare(current, previous);
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="es" .result=${current} .previous=${previous} target="40"></nps-gauge>`,
    );
    const f = (v: number) => formatNumber('es', v, 1);
    const summary = meter(el).getAttribute('aria-valuetext')!;
    expect(summary).to.contain(`${f(current.value!)} en una escala de ${f(-100)} a ${f(100)}`);
    expect(summary).to.contain(`de ${f(current.interval![0])} a ${f(current.interval![1])}`);
    expect(summary).to.contain(`${formatNumber('es', current.n, 0)} respuestas`);
    expect(summary).to.contain(`Promotores ${current.promoters}`);
    expect(summary).to.contain(`Detractores ${current.detractors}`);
    expect(summary).to.contain(formatSigned('es', c.delta!, 1));
    expect(summary).to.contain(c.significant ? 'significativo' : 'no significativo');
    expect(summary).to.contain(`objetivo ${f(40)}`);
    // The visible label names the meter; the summary is its value text.
    expect(meter(el).getAttribute('aria-labelledby')).to.equal(part(el, 'label')!.id);
  });
});
