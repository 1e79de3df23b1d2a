import { nps } from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, beforeEach, describe, it, vi, type MockInstance } from 'vitest';
import '../define/nps-gauge.js';
import { formatNumber } from '../internal/format.js';
import type { NpsGauge } from './nps-gauge.js';
import { part, shadow, text } from '../../test/support/dom.js';

const state = (el: Element) => part(el, 'state')?.dataset.state ?? 'ready';

describe('<nps-gauge> empty, loading and error states (issue 3 "For every element")', () => {
  it('shows the empty state for no answers, and stays accessible', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge .responses=${[]}></nps-gauge>`);
    expect(state(el)).to.equal('empty');
    expect(part(el, 'state')!.getAttribute('role')).to.equal('status');
    expect(shadow(el).querySelector('[role="meter"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when no data was given at all', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge></nps-gauge>`);
    expect(state(el)).to.equal('empty');
  });

  it('shows the loading state while `loading` is set, then the data', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge loading score="10"></nps-gauge>`);
    expect(state(el)).to.equal('loading');
    expect(part(el, 'state')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'table-toggle')).to.equal(null);
    await expect(el).to.be.accessible();
    el.loading = false;
    await el.updateComplete;
    expect(state(el)).to.equal('ready');
  });

  it('shows the host’s error message as an alert', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" score="10" error="HTTP 503 from the survey API"></nps-gauge>`,
    );
    expect(state(el)).to.equal('error');
    expect(part(el, 'state')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'state'))).to.contain('HTTP 503 from the survey API');
    await expect(el).to.be.accessible();
  });

  it('shows an error, not a crash, when the previous period is another KPI', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge score="10" .previous=${{ kpi: 'csat', value: 80 }}></nps-gauge>`,
    );
    expect(state(el)).to.equal('error');
    expect(text(part(el, 'state'))).to.contain('csat');
  });
});

describe('<nps-gauge> invalid attributes never throw (issue 3: score="abc", a negative count)', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const warnings = () => warn.mock.calls.map((args) => args.map(String).join(' '));

  const cases = [
    { markup: html`<nps-gauge score="abc"></nps-gauge>`, attribute: 'score', says: 'not a number' },
    { markup: html`<nps-gauge score=""></nps-gauge>`, attribute: 'score', says: 'not a number' },
    { markup: html`<nps-gauge score="140"></nps-gauge>`, attribute: 'score', says: 'above 100' },
    {
      markup: html`<nps-gauge promoters="-3" passives="1" detractors="1"></nps-gauge>`,
      attribute: 'promoters',
      says: 'below 0',
    },
    {
      markup: html`<nps-gauge promoters="2.5" passives="1" detractors="1"></nps-gauge>`,
      attribute: 'promoters',
      says: 'whole number',
    },
    {
      markup: html`<nps-gauge promoters="5" passives="1"></nps-gauge>`,
      attribute: 'promoters',
      says: 'go together',
    },
    {
      markup: html`<nps-gauge promoters="5" passives="1" detractors="1" n="9"></nps-gauge>`,
      attribute: 'n',
      says: 'is not promoters + passives + detractors',
    },
    {
      markup: html`<nps-gauge promoters="5" passives="1" detractors="1" score="-20"></nps-gauge>`,
      attribute: 'score',
      says: 'disagrees with the counts',
    },
    {
      markup: html`<nps-gauge score="10" interval-low="20" interval-high="0"></nps-gauge>`,
      attribute: 'interval-low',
      says: 'above interval-high',
    },
    {
      markup: html`<nps-gauge score="10" target="x"></nps-gauge>`,
      attribute: 'target',
      says: 'not a number',
    },
    {
      markup: html`<nps-gauge score="10" previous-score="-101"></nps-gauge>`,
      attribute: 'previous-score',
      says: 'below -100',
    },
    {
      markup: html`<nps-gauge kpi="csat" score="10"></nps-gauge>`,
      attribute: 'kpi',
      says: 'not one of',
    },
    {
      markup: html`<nps-gauge score="10" fraction-digits="-1"></nps-gauge>`,
      attribute: 'fraction-digits',
      says: 'below 0',
    },
    {
      markup: html`<nps-gauge score="10" fraction-digits="two"></nps-gauge>`,
      attribute: 'fraction-digits',
      says: 'not a number',
    },
  ];

  for (const { markup, attribute, says } of cases) {
    it(`shows the invalid state and warns once about "${attribute}" (${says})`, async () => {
      const el = await fixture<NpsGauge>(markup);
      expect(state(el)).to.equal('invalid');
      expect(text(part(el, 'state'))).to.contain(`“${attribute}”`);
      el.requestUpdate();
      await el.updateComplete;
      const about = warnings().filter((w) => w.includes(`${attribute}`) && w.includes(says));
      expect(about, warnings().join('\n')).to.have.length(1);
      expect(about[0]).to.contain('<nps-gauge>');
      await expect(el).to.be.accessible();
    });
  }

  it('names the `result` property when it is not a core result', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge .result=${{ value: 'high' } as never}></nps-gauge>`,
    );
    expect(state(el)).to.equal('invalid');
    expect(text(part(el, 'state'))).to.contain('“result”');
  });

  it('recovers when the attribute is corrected', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge score="abc"></nps-gauge>`);
    el.setAttribute('score', '12');
    await el.updateComplete;
    expect(state(el)).to.equal('ready');
    expect(text(part(el, 'value'))).to.equal('12');
  });

  it('keeps valid answers, lists rejected ones and names the record (KPI-SPEC ground rules)', async () => {
    const input = [10, 9, 11, 'x', 3, 7] as unknown as number[];
    const expected = nps(input, { mode: 'lenient' });
    const el = await fixture<NpsGauge>(html`<nps-gauge lang="en" .responses=${input}></nps-gauge>`);
    expect(state(el)).to.equal('ready');
    expect(
      Number(shadow(el).querySelector('[role="meter"]')!.getAttribute('aria-valuenow')),
    ).to.equal(expected.value);
    expect(text(part(el, 'notice'))).to.contain(formatNumber('en', expected.rejected.length, 0));
    const message = warnings().find((w) => w.includes('rejected'));
    expect(message).to.contain(`record ${expected.rejected[0]!.index}`);
  });
});
