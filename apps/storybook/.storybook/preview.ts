import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '@tablero/components/custom-elements.json' with { type: 'json' };
import { manifestArgTypes } from '../src/support/manifest-arg-types.js';
import { applyGlobals, LOCALES, THEME_NAMES } from './apply-globals.js';
import './high-contrast.css';

// Registers the four elements once for every story and docs page.
import '@tablero/components/define/nps-gauge';
import '@tablero/components/define/csat-card';
import '@tablero/components/define/churn-trend';
import '@tablero/components/define/ticket-heatmap';

// Docs tables (attributes, properties, events, slots, CSS parts and custom properties) and
// the description of each element come from the JSDoc, through the CEM analyzer's output.
setCustomElementsManifest(manifest);

const withGlobals: Decorator = (story, context) =>
  applyGlobals(story(), {
    theme: String(context.globals.theme ?? 'light'),
    locale: String(context.globals.locale ?? 'es'),
    storyTheme: context.args.theme as string | undefined,
  });

const preview: Preview = {
  globalTypes: {
    theme: {
      description:
        'Theme of the elements (high contrast: a --tablero-* token set, see Foundations)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEME_NAMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'lang of the wrapper the elements inherit from',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'es' },
  decorators: [withGlobals],
  parameters: {
    // A story with an axe violation fails its test (in the Vitest addon and the a11y panel).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true, extractArgTypes: manifestArgTypes },
    options: {
      storySort: {
        order: ['Foundations', ['Tokens', 'Colours', 'Typography', 'Theming'], 'Elements'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
