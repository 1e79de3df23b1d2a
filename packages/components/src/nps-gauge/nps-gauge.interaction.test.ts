import { nps } from '@tablero/core';
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { describe, it } from 'vitest';
import '../define/nps-gauge.js';
import type { KpiTableToggleEvent } from '../events/kpi-table-toggle-event.js';
import { formatNumber, formatPercent } from '../internal/format.js';
import type { NpsGauge } from './nps-gauge.js';
import { part, settle, shadow, text } from '../../test/support/dom.js';

const answers = [10, 10, 9, 9, 9, 8, 7, 7, 5, 2, 0, 10, 10];

describe('<nps-gauge> keyboard path to the table (issue 3 "keyboard-reachable view as table")', () => {
  it('reaches the toggle with Tab, opens the table with Enter, and the table matches core', async () => {
    const result = nps(answers);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <button id="before">before</button>
        <nps-gauge .responses=${answers}></nps-gauge>
      </div>`,
    );
    const el = wrapper.querySelector('nps-gauge')!;
    await el.updateComplete;
    const events: boolean[] = [];
    el.addEventListener('kpi-table-toggle', (e: KpiTableToggleEvent) => events.push(e.open));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.keyboard('{Tab}');
    const toggle = part(el, 'table-toggle')!;
    expect(shadow(el).activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([true]);
    const table = part(el, 'table')!;
    expect(table.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(rows).to.include(`n ${result.n}`);
    expect(rows).to.include(
      `Promoters ${result.promoters} (${formatPercent('en', (100 * result.promoters) / result.n)})`,
    );
    expect(rows[0]).to.equal(`Score ${formatNumber('en', result.value!, 1)}`);
    await expect(el).to.be.accessible();

    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(part(el, 'table')!.hidden).to.equal(true);
    expect(events).to.deep.equal([true, false]);
  });
});

describe('<nps-gauge> lang (issue 3: inherited from the closest [lang], es and en)', () => {
  it('formats in Spanish under a Spanish ancestor and follows a switch to English', async () => {
    const result = nps(answers);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-ES"><nps-gauge .result=${result}></nps-gauge></div>`,
    );
    const el = wrapper.querySelector('nps-gauge')!;
    await el.updateComplete;
    const es = formatNumber('es-ES', result.value!, 1);
    expect(es, 'precondition: Spanish uses a decimal comma').to.contain(',');
    expect(text(part(el, 'value'))).to.equal(es);
    expect(text(part(el, 'breakdown'))).to.contain('Promotores');
    expect(part(el, 'table-toggle')!.textContent).to.contain('Ver como tabla');

    wrapper.lang = 'en';
    await settle(el);
    expect(text(part(el, 'value'))).to.equal(formatNumber('en', result.value!, 1));
    expect(text(part(el, 'breakdown'))).to.contain('Promoters');
    expect(part(el, 'table-toggle')!.textContent).to.contain('View as table');
  });

  it('inherits lang across a shadow root boundary', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    root.append(inner);
    const el = document.createElement('nps-gauge');
    el.score = 12.5;
    inner.append(el);
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal('12,5');
    host.lang = 'en';
    await settle(el);
    expect(text(part(el, 'value'))).to.equal('12.5');
  });

  it('prefers its own lang, and falls back to English strings for an unknown language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <nps-gauge lang="de" promoters="1" passives="0" detractors="7"></nps-gauge>
      </div>`,
    );
    const el = wrapper.querySelector('nps-gauge')!;
    await el.updateComplete;
    expect(text(part(el, 'breakdown'))).to.contain('Promoters');
    // Numbers still follow German conventions through Intl.
    expect(text(part(el, 'value'))).to.equal(formatNumber('de', -75, 1));
  });
});

describe('<nps-gauge> label (DESIGN.md: take a label, never forward aria-labelledby)', () => {
  it('names the meter with the visible label and renders markup in it as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<NpsGauge>(html`<nps-gauge label=${evil} score="5"></nps-gauge>`);
    expect(text(part(el, 'label'))).to.equal(evil);
    expect(shadow(el).querySelector('img')).to.equal(null);
    const meter = shadow(el).querySelector('[role="meter"]')!;
    const labelledBy = meter.getAttribute('aria-labelledby')!;
    expect(shadow(el).getElementById(labelledBy)).to.equal(part(el, 'label'));
    await expect(el).to.be.accessible();
  });
});

describe('<nps-gauge> resizes with its container (issue 3 "ResizeObserver")', () => {
  it('switches layout class when its container narrows and widens', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 600px"><nps-gauge score="10"></nps-gauge></div>`,
    );
    const el = box.querySelector('nps-gauge')!;
    await settle(el);
    expect(part(el, 'base')!.classList.contains('large')).to.equal(true);
    box.style.inlineSize = '200px';
    await settle(el, 3);
    expect(part(el, 'base')!.classList.contains('small')).to.equal(true);
    const svg = part(el, 'chart')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(200);
  });
});

describe('<nps-gauge> recomputes only when its data changes', () => {
  it('does not re-read the answers to open the table or switch language, but does for new ones', async () => {
    let reads = 0;
    const counted = (values: number[]) =>
      new Proxy(values, {
        get(target, key, receiver) {
          if (key === 'length') reads++;
          return Reflect.get(target, key, receiver);
        },
      });
    const el = await fixture<NpsGauge>(
      html`<nps-gauge lang="en" .responses=${counted(answers)}></nps-gauge>`,
    );
    const afterFirst = reads;
    expect(afterFirst).to.be.above(0);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    el.lang = 'es';
    await settle(el);
    expect(part(el, 'table-toggle')!.textContent).to.contain('Ocultar tabla');
    expect(reads).to.equal(afterFirst);

    el.responses = counted([10, 10, 0]);
    await el.updateComplete;
    expect(reads).to.be.above(afterFirst);
    expect(
      Number(shadow(el).querySelector('[role="meter"]')!.getAttribute('aria-valuenow')),
    ).to.equal(nps([10, 10, 0]).value);
  });
});
