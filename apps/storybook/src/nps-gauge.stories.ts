import type { NpsGauge } from '@tablero/components';
import { nps } from '@tablero/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementDocs } from './support/element-docs.js';
import { renderElement, type AttributeArgs } from './support/render-element.js';
import {
  npsCurrent,
  npsPrevious,
  npsSmallSample,
  targetBeaten,
  targetMissed,
} from './support/sample-data.js';
import {
  darkStory,
  englishStory,
  highContrastStory,
  loadingStory,
} from './support/state-stories.js';
import { tableToggleByKeyboard } from './support/table-toggle-play.js';

const current = npsCurrent();
const previous = npsPrevious();
const value = current.value ?? 0;

const withResult = (args: AttributeArgs) =>
  renderElement<NpsGauge>('nps-gauge', args, (el) => {
    el.result = current;
    el.previous = previous;
  });

const meta = {
  title: 'Elements/nps-gauge',
  component: 'nps-gauge',
  tags: ['autodocs'],
  args: { label: 'NPS' },
  render: (args) => renderElement('nps-gauge', args),
  parameters: {
    docs: {
      description: {
        component: elementDocs('nps-gauge', {
          html: `
<script type="module" src="/node_modules/@tablero/components/dist/cdn/tablero.js"></script>
<!-- The sample's December: counts in, score, n and interval computed by the core -->
<nps-gauge label="NPS" promoters="${current.promoters}" passives="${current.passives}"
           detractors="${current.detractors}" previous-score="${previous.value?.toFixed(1)}"
           target="${targetBeaten(value, true)}"></nps-gauge>`,
          react: `
import type {} from '@tablero/components/jsx';
import '@tablero/components/define/nps-gauge';
import { nps, periodOf, previousPeriod } from '@tablero/core';

export function Nps({ answers, month }) {
  return (
    <nps-gauge
      label="NPS"
      result={nps(answers, { period: month })}
      previous={nps(answers, { period: previousPeriod(month) })}
      onkpi-table-toggle={(e) => console.log('table open:', e.open)}
    />
  );
}`,
          notes:
            'The stories show the sample dataset of `@tablero/core` (December 2025 against November); ' +
            'targets are derived from the computed score so "met" and "missed" stay true.',
        }),
      },
    },
  },
} satisfies Meta<AttributeArgs>;

export default meta;
type Story = StoryObj<AttributeArgs>;

/** December's answers through `nps()`, with November as the previous period. */
export const Default: Story = { render: withResult };

/** The attribute way in: the counts of the same result, as plain HTML would pass them. */
export const FromAttributes: Story = {
  args: {
    promoters: current.promoters,
    passives: current.passives,
    detractors: current.detractors,
    'previous-score': previous.value === null ? undefined : Number(previous.value.toFixed(1)),
  },
};

/** A core result for a period without answers: `value: null, n: 0`. */
export const Empty: Story = {
  render: (args) =>
    renderElement<NpsGauge>('nps-gauge', args, (el) => {
      el.result = nps([]);
    }),
};

export const Loading: Story = loadingStory();

/** The host page reports a failure (e.g. the export could not be read). */
export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'The survey export could not be loaded.' },
};

/** A bad attribute never throws: an invalid panel names it (and one console warning). */
export const Invalid: Story = { args: { score: 'abc' } };

/** The first answers of December only: a wide interval, and the change within noise. */
export const SmallSample: Story = {
  render: (args) =>
    renderElement<NpsGauge>('nps-gauge', args, (el) => {
      el.responses = npsSmallSample();
      el.previous = previous;
    }),
};

export const TargetMet: Story = { args: { target: targetBeaten(value, true) }, render: withResult };

export const TargetMissed: Story = {
  args: { target: targetMissed(value, true) },
  render: withResult,
};

export const Dark: Story = darkStory(withResult, { target: targetBeaten(value, true) });

/** The toolbar's locale, pinned: English strings, and numbers formatted for `en`. */
export const English: Story = englishStory(withResult);

/** The toolbar's high-contrast token set (see Foundations › Colours); axe checks its contrast. */
export const HighContrast: Story = highContrastStory(withResult);

/** Keyboard: the "view as table" toggle is a real button; Enter opens, Space closes. */
export const ViewAsTableByKeyboard: Story = {
  render: withResult,
  play: tableToggleByKeyboard('nps-gauge', (lang) => [
    new Intl.NumberFormat(lang).format(current.n),
  ]),
};
