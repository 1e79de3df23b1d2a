import type { CsatCard } from '@tablero/components';
import { csat } from '@tablero/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementDocs } from './support/element-docs.js';
import { renderElement, type AttributeArgs } from './support/render-element.js';
import { csatCurrent, csatPrevious, csatSeries, csatSmallSample } from './support/sample-data.js';
import {
  darkStory,
  englishStory,
  highContrastStory,
  loadingStory,
} from './support/state-stories.js';
import { tableToggleByKeyboard } from './support/table-toggle-play.js';

const current = csatCurrent();
const previous = csatPrevious();
const series = csatSeries();

const withResult = (args: AttributeArgs) =>
  renderElement<CsatCard>('csat-card', args, (el) => {
    el.result = current;
    el.previous = previous;
    el.series = series;
  });

const meta = {
  title: 'Elements/csat-card',
  component: 'csat-card',
  tags: ['autodocs'],
  args: { label: 'CSAT' },
  render: (args) => renderElement('csat-card', args),
  parameters: {
    docs: {
      description: {
        component: elementDocs('csat-card', {
          html: `
<script type="module" src="/node_modules/@tablero/components/dist/cdn/tablero.js"></script>
<!-- The sample's December: answers per scale point (1…5) in; %, n and interval computed -->
<csat-card label="CSAT" scale="${current.scale}"
           distribution="${JSON.stringify(current.distribution.map((d) => d.count))}"
           previous-positive="${previous.positive}" previous-n="${previous.n}"></csat-card>`,
          react: `
import type {} from '@tablero/components/jsx';
import '@tablero/components/define/csat-card';
import { byPeriod, csat, previousPeriod } from '@tablero/core';

export function Csat({ answers, month }) {
  return (
    <csat-card
      label="CSAT"
      result={csat(answers, { period: month })}
      previous={csat(answers, { period: previousPeriod(month) })}
      series={byPeriod(answers, (a) => csat(a), { every: 'month', timeZone: 'Europe/Madrid' })}
    />
  );
}`,
          notes:
            '`<csat-card>` has no target (no `target` attribute or property), so there are no ' +
            'target-met / target-missed stories; the change against the previous period, with ' +
            'its significance test, is the comparison it shows.',
        }),
      },
    },
  },
} satisfies Meta<AttributeArgs>;

export default meta;
type Story = StoryObj<AttributeArgs>;

/** December's answers through `csat()`, November as the previous period, the year's months. */
export const Default: Story = { render: withResult };

/** The attribute way in: the same counts as plain HTML would pass them. */
export const FromAttributes: Story = {
  args: {
    scale: current.scale,
    distribution: JSON.stringify(current.distribution.map((d) => d.count)),
    'previous-positive': previous.positive,
    'previous-n': previous.n,
    series: JSON.stringify(series.points.map((p) => p.result.value)),
  },
};

/** A core result for a period without answers: `value: null, n: 0`. */
export const Empty: Story = {
  render: (args) =>
    renderElement<CsatCard>('csat-card', args, (el) => {
      el.result = csat([]);
    }),
};

export const Loading: Story = loadingStory();

export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'The survey export could not be loaded.' },
};

/** A distribution that is not a JSON array of counts: the invalid panel names the attribute. */
export const Invalid: Story = { args: { distribution: 'abc' } };

/** The first answers of December only: a wide interval, the change within noise. */
export const SmallSample: Story = {
  render: (args) =>
    renderElement<CsatCard>('csat-card', args, (el) => {
      el.responses = csatSmallSample();
      el.previous = previous;
    }),
};

export const Dark: Story = darkStory(withResult);

/** The toolbar's locale, pinned: English strings, and numbers formatted for `en`. */
export const English: Story = englishStory(withResult);

/** The toolbar's high-contrast token set (see Foundations › Colours); axe checks its contrast. */
export const HighContrast: Story = highContrastStory(withResult);

/** Keyboard: the "view as table" toggle is a real button; Enter opens, Space closes. */
export const ViewAsTableByKeyboard: Story = {
  render: withResult,
  play: tableToggleByKeyboard('csat-card', (lang) =>
    current.distribution.map(({ count }) => new Intl.NumberFormat(lang).format(count)),
  ),
};
