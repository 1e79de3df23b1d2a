import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it, vi } from 'vitest';
import '../define/nps-gauge.js';
import { TOKENS } from '../internal/tokens.js';
import type { NpsGauge } from './nps-gauge.js';
import { hexToRgb, part, shadow } from '../../test/support/dom.js';
import { emulateMedia, resetMedia } from '../../test/support/media.js';

const light = (name: keyof typeof TOKENS) => hexToRgb(TOKENS[name][0]);
const dark = (name: keyof typeof TOKENS) => hexToRgb((TOKENS[name] as readonly string[])[1]!);
const stroke = (el: NpsGauge, name: string) => getComputedStyle(part(el, name)!).stroke;
const gauge = (attrs = '') =>
  fixture<NpsGauge>(
    attrs === 'dark'
      ? html`<nps-gauge
          theme="dark"
          score="20"
          promoters="5"
          passives="2"
          detractors="3"
        ></nps-gauge>`
      : attrs === 'light'
        ? html`<nps-gauge
            theme="light"
            score="20"
            promoters="5"
            passives="2"
            detractors="3"
          ></nps-gauge>`
        : html`<nps-gauge score="20" promoters="5" passives="2" detractors="3"></nps-gauge>`,
  );

describe('<nps-gauge> themes (DESIGN.md convention 9; issue 3 "light and dark")', () => {
  afterEach(resetMedia);

  it('uses the light token defaults', async () => {
    const el = await gauge();
    expect(stroke(el, 'track')).to.equal(light('color-track'));
    expect(stroke(el, 'indicator')).to.equal(light('color-good'));
    await expect(el).to.be.accessible();
  });

  it('applies the dark tokens with theme="dark", even on a light system', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await gauge('dark');
    expect(stroke(el, 'track')).to.equal(dark('color-track'));
    expect(getComputedStyle(el).backgroundColor).to.equal(dark('color-surface'));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme: dark by default, unless theme="light"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await gauge();
    const forcedLight = await gauge('light');
    expect(stroke(auto, 'track')).to.equal(dark('color-track'));
    expect(stroke(forcedLight, 'track')).to.equal(light('color-track'));
  });

  it('takes page tokens, and per-component knobs over them', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="--tablero-color-good: rgb(1, 2, 3); --tablero-color-track: rgb(4, 5, 6)">
        <nps-gauge score="20"></nps-gauge>
        <nps-gauge score="20" style="--nps-gauge-positive-color: rgb(7, 8, 9)"></nps-gauge>
      </div>`,
    );
    const [a, b] = [...box.querySelectorAll('nps-gauge')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(stroke(a!, 'indicator')).to.equal('rgb(1, 2, 3)');
    expect(stroke(a!, 'track')).to.equal('rgb(4, 5, 6)');
    expect(stroke(b!, 'indicator')).to.equal('rgb(7, 8, 9)');
  });

  it('uses system colours in forced-colours mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await gauge('dark');
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (colour: string) => {
      probe.style.color = colour;
      return getComputedStyle(probe).color;
    };
    // SVG strokes are not forced by the browser: the tokens must switch to system colours.
    expect(stroke(el, 'track')).to.equal(system('GrayText'));
    expect(stroke(el, 'indicator')).to.equal(system('Highlight'));
    probe.remove();
  });

  it('writes a "worse" delta in a readable text colour in forced colours, not Mark', async () => {
    await emulateMedia({ forcedColors: 'active' });
    // A bare previous-score has no significance test, so the delta keeps its direction colour.
    const el = await fixture<NpsGauge>(
      html`<nps-gauge
        score="20"
        promoters="5"
        passives="2"
        detractors="3"
        previous-score="60"
      ></nps-gauge>`,
    );
    const delta = part(el, 'delta')!;
    expect(delta.dataset.direction).to.equal('worse');
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (colour: string) => {
      probe.style.color = colour;
      return getComputedStyle(probe).color;
    };
    expect(getComputedStyle(delta).color).to.equal(system('CanvasText'));
    // Marks keep Mark, distinct from the good colour: the detractor share of the bar.
    const detractors = shadow(el).querySelector('.bar .detractors')!;
    expect(getComputedStyle(detractors).fill).to.equal(system('Mark'));
    expect(system('Mark')).not.to.equal(system('Highlight'));
    probe.remove();
  });

  it('prints dark ink on a light surface whatever the theme', async () => {
    await emulateMedia({ media: 'print' });
    const el = await gauge('dark');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('prints theme="dark" with the light palette, not its pale screen colours', async () => {
    await emulateMedia({ media: 'print' });
    const el = await gauge('dark');
    expect(stroke(el, 'indicator')).to.equal(light('color-good'));
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });
});

describe('<nps-gauge> motion (issue 3 "prefers-reduced-motion honoured")', () => {
  afterEach(resetMedia);

  it('animates the arc, except when the user asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await gauge();
    expect(getComputedStyle(part(moving, 'indicator')!).animationName).not.to.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await gauge();
    expect(getComputedStyle(part(still, 'indicator')!).animationName).to.equal('none');
  });
});

describe('<nps-gauge> strict CSP (DESIGN.md convention 10)', () => {
  it('renders no style attributes and styles through adopted stylesheets', async () => {
    const el = await gauge();
    el.toggleAttribute('loading');
    await el.updateComplete;
    el.toggleAttribute('loading');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    expect(shadow(el).querySelectorAll('style')).to.have.length(0);
    expect(shadow(el).adoptedStyleSheets.length).to.be.above(0);
  });
});

describe('<nps-gauge> unknown theme', () => {
  afterEach(() => vi.restoreAllMocks());

  it('follows the system and warns once, naming the attribute', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await emulateMedia({ colorScheme: 'light' });
    const el = await fixture<NpsGauge>(html`<nps-gauge theme="sepia" score="20"></nps-gauge>`);
    expect(stroke(el, 'track')).to.equal(light('color-track'));
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((args) => String(args[0]));
    expect(messages.filter((m) => m.includes('theme="sepia"'))).to.have.length(1);
    await resetMedia();
  });
});
