import { TOKENS, type TokenName } from '@tablero/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import './foundations.css';
import { isColour, TOKEN_NAMES } from './token-table.js';

const meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const table = (kind: 'colour' | 'other') => {
  const element = document.createElement('tablero-token-table');
  element.setAttribute('kind', kind);
  return element;
};

const rowValue = (canvas: HTMLElement, name: TokenName, column: 1 | 2) =>
  canvas.querySelector(`tr[data-token="${name}"] td:nth-of-type(${column}) code`)?.textContent;

/** Every colour token, read from a live element in light and dark. */
export const Colours: Story = {
  render: () => table('colour'),
  play: async ({ canvasElement, globals }) => {
    const names = TOKEN_NAMES.filter(isColour);
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(names.length),
    );
    // With no page override (toolbar theme light or dark), what the element resolves is the
    // component default: the table shows real values, not a second copy that could drift.
    if (globals.theme === 'high-contrast') return;
    for (const name of names) {
      const [light, dark] = TOKENS[name] as readonly string[];
      await expect(rowValue(canvasElement, name, 1)).toBe(light);
      await expect(rowValue(canvasElement, name, 2)).toBe(dark);
    }
  },
};

/** Font, size, radius and focus tokens. */
export const OtherTokens: Story = {
  render: () => table('other'),
  play: async ({ canvasElement }) => {
    const names = TOKEN_NAMES.filter((n) => !isColour(n));
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(names.length),
    );
  },
};
