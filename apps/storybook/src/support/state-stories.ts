import type { StoryObj } from '@storybook/web-components-vite';
import type { AttributeArgs } from './render-element.js';

type Story = StoryObj<AttributeArgs>;
type Render = (args: AttributeArgs) => HTMLElement;

// The states every KPI element shows the same way, so each element's stories page lists them
// with one meaning: a change of theme or locale is made here once, not per element.

/** The host page is still fetching: the attribute alone, no data. */
export const loadingStory = (): Story => ({ args: { loading: true } });

/** The element's `theme` and the toolbar's global agree, so the canvas behind it is dark too. */
export const darkStory = (render: Render, args: AttributeArgs = {}): Story => ({
  args: { theme: 'dark', ...args },
  render,
  globals: { theme: 'dark' },
});

/** The toolbar's locale, pinned to English. */
export const englishStory = (render: Render): Story => ({ render, globals: { locale: 'en' } });

/** The toolbar's high-contrast token set. */
export const highContrastStory = (render: Render): Story => ({
  render,
  globals: { theme: 'high-contrast' },
});
