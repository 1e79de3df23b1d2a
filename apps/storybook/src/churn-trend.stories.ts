import { type ChurnTrend, type ChurnTrendSelectDetail } from '@tablero/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { elementDocs } from './support/element-docs.js';
import { renderElement, type AttributeArgs } from './support/render-element.js';
import {
  churnYear,
  fewCustomers,
  sampleZone,
  targetBeaten,
  targetMissed,
} from './support/sample-data.js';
import { part, shadowOf } from './support/shadow.js';
import {
  darkStory,
  englishStory,
  highContrastStory,
  loadingStory,
} from './support/state-stories.js';

const year = churnYear();
const rates = year.points.flatMap((p) => (p.value === null ? [] : [p.value]));
/** Met: above every month's churn; missed: below every month's. */
const metTarget = targetBeaten(Math.max(...rates), false);
const missedTarget = targetMissed(Math.min(...rates), false);

const withResult = (args: AttributeArgs) =>
  renderElement<ChurnTrend>('churn-trend', args, (el) => {
    el.result = year;
  });

const meta = {
  title: 'Elements/churn-trend',
  component: 'churn-trend',
  tags: ['autodocs'],
  args: {},
  render: (args) => renderElement('churn-trend', args),
  parameters: {
    docs: {
      description: {
        component: elementDocs('churn-trend', {
          html: `
<script type="module" src="/node_modules/@tablero/components/dist/cdn/tablero.js"></script>
<!-- Customers at the start (S) and lost (L) per month, as the core counted them in the sample -->
<churn-trend target="${metTarget}" points='${JSON.stringify(
            year.points.slice(0, 3).map((p) => ({ label: p.label, start: p.start, lost: p.lost })),
          )}'></churn-trend>`,
          react: `
import type {} from '@tablero/components/jsx';
import '@tablero/components/define/churn-trend';
import { churnSeries } from '@tablero/core';

export function Churn({ customers }) {
  const result = churnSeries(customers, {
    from: '2025-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00+01:00',
    every: 'month', timeZone: 'Europe/Madrid',
  });
  return (
    <churn-trend result={result} target={3}
      onkpi-select={(e) => console.log(e.detail.label, e.detail.rate)} />
  );
}`,
          notes:
            'The stories show monthly churn of the core sample dataset over 2025, with "now" ' +
            'ten days before the year ends, so December is the period still running (dashed).',
        }),
      },
    },
  },
} satisfies Meta<AttributeArgs>;

export default meta;
type Story = StoryObj<AttributeArgs>;

/** `churnSeries()` over the sample year, month by month. */
export const Default: Story = { render: withResult };

/** The attribute way in: S and L per month, as plain HTML would pass them. */
export const FromAttributes: Story = {
  args: {
    points: JSON.stringify(
      year.points.map((p) => ({
        label: p.label,
        start: p.start,
        lost: p.lost,
        complete: p.complete,
      })),
    ),
  },
};

/** The other view: retention (100 − churn), its target line at 100 − target. */
export const Retention: Story = {
  args: { metric: 'retention', target: metTarget },
  render: withResult,
};

/** No periods at all. */
export const Empty: Story = { args: { points: '[]' } };

export const Loading: Story = loadingStory();

export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'The customer export could not be loaded.' },
};

/** Points that are not JSON: the invalid panel names the attribute. */
export const Invalid: Story = { args: { points: 'abc' } };

/**
 * A few dozen raw customers through the element's own `churnSeries()` call (`.customers`,
 * `from`, `to`, `time-zone`): rates jump from month to month.
 */
export const SmallSample: Story = {
  render: (args) =>
    renderElement<ChurnTrend>('churn-trend', args, (el) => {
      el.customers = fewCustomers();
      el.from = year.points[0]!.period.from;
      el.to = year.points.at(-1)!.period.to;
      el.timeZone = sampleZone();
    }),
};

export const TargetMet: Story = { args: { target: metTarget }, render: withResult };

export const TargetMissed: Story = { args: { target: missedTarget }, render: withResult };

export const Dark: Story = darkStory(withResult, { target: metTarget });

/** The toolbar's locale, pinned: English strings, and numbers formatted for `en`. */
export const English: Story = englishStory(withResult);

/** The toolbar's high-contrast token set (see Foundations › Colours); axe checks its contrast. */
export const HighContrast: Story = highContrastStory(withResult);

/** Keyboard: points are one tab stop; focus shows the tooltip, arrows move, Enter selects. */
export const PointFocusTooltipAndSelect: Story = {
  render: withResult,
  play: async ({ canvasElement, step }) => {
    const { element, root } = await shadowOf<ChurnTrend>(canvasElement, 'churn-trend');
    const selected: ChurnTrendSelectDetail[] = [];
    element.addEventListener('kpi-select', (e) =>
      selected.push((e as CustomEvent<ChurnTrendSelectDetail>).detail),
    );
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('[part~="point-button"]')];
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';

    await step('one point per period, exactly one of them in the tab order', async () => {
      await expect(buttons()).toHaveLength(year.points.length);
      await expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    });

    const stop = buttons().find((b) => b.tabIndex === 0)!;
    const start = Number(stop.dataset.index);

    await step('focus shows the tooltip with S and L of that period', async () => {
      stop.focus();
      const point = year.points[start]!;
      await waitFor(() => expect(part(root, 'tooltip')).not.toBeNull());
      const tip = part(root, 'tooltip')!;
      await expect(tip.querySelector('[data-field="start"]')?.textContent?.trim()).toBe(
        new Intl.NumberFormat(lang).format(point.start),
      );
      await expect(tip.querySelector('[data-field="lost"]')?.textContent?.trim()).toBe(
        new Intl.NumberFormat(lang).format(point.lost),
      );
    });

    const next = start > 0 ? start - 1 : start + 1;
    await step('an arrow key moves focus and the tooltip to the neighbouring period', async () => {
      await userEvent.keyboard(next < start ? '{ArrowLeft}' : '{ArrowRight}');
      await waitFor(() => expect(root.activeElement).toBe(buttons()[next]));
      await expect(buttons()[next]!.tabIndex).toBe(0);
      const tip = part(root, 'tooltip')!;
      await expect(tip.querySelector('[data-field="start"]')?.textContent?.trim()).toBe(
        new Intl.NumberFormat(lang).format(year.points[next]!.start),
      );
    });

    await step('Enter fires kpi-select with the core point of that period', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(selected).toHaveLength(1));
      const point = year.points[next]!;
      await expect(selected[0]).toMatchObject({
        index: next,
        label: point.label,
        rate: point.value,
        start: point.start,
        lost: point.lost,
        complete: point.complete,
      });
    });

    await step('Escape hides the tooltip', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => {
        const tip = part(root, 'tooltip');
        return expect(tip === null || tip.hidden || !tip.checkVisibility()).toBe(true);
      });
    });
  },
};
