import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { npsCurrent } from '../support/sample-data.js';
import './foundations.css';
import { TYPE_PARTS, type TypeScale } from './type-scale.js';

const meta = {
  title: 'Foundations/Typography',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

/** A real gauge on the sample's December, and the computed font of each of its parts. */
export const TypeInTheElements: StoryObj = {
  render: () => {
    const scale = document.createElement('tablero-type-scale') as TypeScale;
    scale.result = npsCurrent();
    return scale;
  },
  play: async ({ canvasElement }) => {
    const scale = canvasElement.querySelector<TypeScale>('tablero-type-scale')!;
    await waitFor(() => expect(scale.dataset.ready).toBe(''));
    await expect(scale.querySelectorAll('tbody tr')).toHaveLength(TYPE_PARTS.length);
    const family = (part: string) =>
      scale.querySelector(`tr[data-part="${part}"] td:nth-of-type(2)`)?.textContent;
    // One family everywhere: --tablero-font-family reaches every part.
    await expect(family('value')).toBe(family('label'));
  },
};
