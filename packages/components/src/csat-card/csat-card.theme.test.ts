import { expect, fixture, html } from '@open-wc/testing';
import { afterEach, describe, it } from 'vitest';
import '../define/csat-card.js';
import { TOKENS } from '../internal/tokens.js';
import type { CsatCard } from './csat-card.js';
import { hexToRgb, part, shadow } from '../../test/support/dom.js';
import { emulateMedia, resetMedia } from '../../test/support/media.js';

const light = (name: keyof typeof TOKENS) => hexToRgb(TOKENS[name][0]);
const dark = (name: keyof typeof TOKENS) => hexToRgb((TOKENS[name] as readonly string[])[1]!);
const fill = (el: CsatCard, name: string) => getComputedStyle(part(el, name)!).fill;
const line = (el: CsatCard) => getComputedStyle(shadow(el).querySelector('.sparkline .line')!);

const card = (theme?: 'light' | 'dark') =>
  fixture<CsatCard>(
    html`<csat-card
      theme=${theme ?? 'auto'}
      distribution="[2, 3, 10, 40, 45]"
      series="[78, 80, 81]"
    ></csat-card>`,
  );

describe('<csat-card> themes (DESIGN.md convention 9; issue 3 "light and dark")', () => {
  afterEach(resetMedia);

  it('uses the light token defaults', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await card();
    expect(fill(el, 'bar-positive')).to.equal(light('color-good'));
    expect(fill(el, 'bar')).to.equal(light('color-text-muted'));
    expect(line(el).stroke).to.equal(light('color-accent'));
    await expect(el).to.be.accessible();
  });

  it('applies the dark tokens with theme="dark", even on a light system', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await card('dark');
    expect(fill(el, 'bar-positive')).to.equal(dark('color-good'));
    expect(getComputedStyle(el).backgroundColor).to.equal(dark('color-surface'));
    expect(getComputedStyle(part(el, 'value')!).color).to.equal(dark('color-text'));
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme: dark by default, unless theme="light"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await card();
    const forcedLight = await card('light');
    expect(fill(auto, 'bar-positive')).to.equal(dark('color-good'));
    expect(fill(forcedLight, 'bar-positive')).to.equal(light('color-good'));
  });

  it('takes page tokens, and --csat-card-* knobs over them', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div class="themed">
        <csat-card distribution="[1, 1, 1, 1, 1]" series="[70, 75]"></csat-card>
        <csat-card class="knobs" distribution="[1, 1, 1, 1, 1]" series="[70, 75]"></csat-card>
      </div>`,
    );
    box.style.setProperty('--tablero-color-good', 'rgb(1, 2, 3)');
    const [a, b] = [...box.querySelectorAll('csat-card')];
    b!.style.setProperty('--csat-card-positive-color', 'rgb(7, 8, 9)');
    b!.style.setProperty('--csat-card-bar-color', 'rgb(10, 11, 12)');
    b!.style.setProperty('--csat-card-line-color', 'rgb(13, 14, 15)');
    await a!.updateComplete;
    await b!.updateComplete;
    expect(fill(a!, 'bar-positive')).to.equal('rgb(1, 2, 3)');
    expect(fill(b!, 'bar-positive')).to.equal('rgb(7, 8, 9)');
    expect(fill(b!, 'bar')).to.equal('rgb(10, 11, 12)');
    expect(line(b!).stroke).to.equal('rgb(13, 14, 15)');
  });

  it('uses distinct system colours for satisfied and other bars in forced-colours mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await card('dark');
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (colour: string) => {
      probe.style.color = colour;
      return getComputedStyle(probe).color;
    };
    // SVG fills are not forced by the browser: the tokens must switch to system colours.
    expect(fill(el, 'bar-positive')).to.equal(system('Highlight'));
    expect(fill(el, 'bar')).to.equal(system('CanvasText'));
    expect(fill(el, 'bar-positive')).not.to.equal(fill(el, 'bar'));
    probe.remove();
  });

  it('prints dark ink on a light surface whatever the theme, the card in one piece', async () => {
    await emulateMedia({ media: 'print' });
    const el = await card('dark');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
  });
});

describe('<csat-card> motion (issue 3 "prefers-reduced-motion honoured")', () => {
  afterEach(resetMedia);

  it('grows the bars, except when the user asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await card();
    expect(getComputedStyle(part(moving, 'bar')!).animationName).not.to.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await card();
    expect(getComputedStyle(part(still, 'bar')!).animationName).to.equal('none');
  });
});
