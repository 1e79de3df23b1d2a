import { TOKENS, type NpsGauge } from '@tablero/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { npsCurrent, npsPrevious } from '../support/sample-data.js';
import { part } from '../support/shadow.js';
import './foundations.css';
import { THEME_CLASS, THEME_CSS } from './theme-example.js';

const meta = {
  title: 'Foundations/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

const gauge = (label: string) => {
  const element = document.createElement('nps-gauge') as NpsGauge;
  element.setAttribute('label', label);
  element.result = npsCurrent();
  element.previous = npsPrevious();
  return element;
};

/** The same data with the default theme, and themed from the host page by `THEME_CSS`. */
export const FromTheHostPage: StoryObj = {
  render: () => {
    const style = document.createElement('style');
    style.textContent = THEME_CSS;
    const themed = document.createElement('div');
    themed.className = THEME_CLASS;
    themed.append(gauge('NPS (themed)'));
    const grid = document.createElement('div');
    grid.className = 'themed-host';
    grid.append(gauge('NPS (default)'), themed);
    const wrapper = document.createElement('div');
    wrapper.append(style, grid);
    return wrapper;
  },
  play: async ({ canvasElement, globals }) => {
    const [plain, themed] = [...canvasElement.querySelectorAll<NpsGauge>('nps-gauge')];
    await plain!.updateComplete;
    await themed!.updateComplete;
    const accent = (el: Element) => getComputedStyle(el).getPropertyValue('--_tb-color-accent');
    await expect(accent(themed!)).toBe('#6f2da8');
    if (globals.theme === 'light') await expect(accent(plain!)).toBe(TOKENS['color-accent'][0]);
    const weight = (el: NpsGauge) => getComputedStyle(part(el.shadowRoot!, 'value')!).fontWeight;
    await expect(weight(themed!)).toBe('800');
    await expect(weight(plain!)).not.toBe('800');
  },
};
