import { type TicketHeatmap, type TicketHeatmapSelectDetail } from '@tablero/components';
import { weekdayHourFirstResponse } from '@tablero/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { elementDocs } from './support/element-docs.js';
import { renderElement, type AttributeArgs } from './support/render-element.js';
import { fewTickets, heatmapCurrent, sampleZone, ticketsCurrent } from './support/sample-data.js';
import { part, shadowOf } from './support/shadow.js';
import {
  darkStory,
  englishStory,
  highContrastStory,
  loadingStory,
} from './support/state-stories.js';

const matrix = heatmapCurrent();

const withResult = (args: AttributeArgs) =>
  renderElement<TicketHeatmap>('ticket-heatmap', args, (el) => {
    el.result = matrix;
  });

const meta = {
  title: 'Elements/ticket-heatmap',
  component: 'ticket-heatmap',
  tags: ['autodocs'],
  args: { 'time-zone': sampleZone() },
  render: (args) => renderElement('ticket-heatmap', args),
  parameters: {
    docs: {
      description: {
        component: elementDocs('ticket-heatmap', {
          html: `
<script type="module" src="/node_modules/@tablero/components/dist/cdn/tablero.js"></script>
<!-- 7 rows (Monday … Sunday) of 24 hourly counts in the zone named by time-zone -->
<ticket-heatmap time-zone="${matrix.timeZone}"
                counts="${JSON.stringify(matrix.counts)}"></ticket-heatmap>`,
          react: `
import type {} from '@tablero/components/jsx';
import '@tablero/components/define/ticket-heatmap';
import { weekdayHourMatrix } from '@tablero/core';

export function Load({ tickets }) {
  return (
    <ticket-heatmap
      result={weekdayHourMatrix(tickets, { timeZone: 'Europe/Madrid' })}
      onkpi-select={(e) => console.log(e.detail.weekday, e.detail.hour, e.detail.count)}
    />
  );
}`,
          notes:
            '`<ticket-heatmap>` has no target, so there are no target-met / target-missed ' +
            'stories; the peak cell is its highlight. The stories show December 2025 of the ' +
            'core sample dataset in Europe/Madrid.',
        }),
      },
    },
  },
} satisfies Meta<AttributeArgs>;

export default meta;
type Story = StoryObj<AttributeArgs>;

/** December's tickets through `weekdayHourMatrix()` in the team's zone. */
export const Default: Story = { render: withResult };

/** The attribute way in: the same matrix as a JSON `counts` attribute. */
export const FromAttributes: Story = { args: { counts: JSON.stringify(matrix.counts) } };

/** FRT mode: the median first response per cell, from core's `weekdayHourFirstResponse()`. */
export const FirstResponseMode: Story = {
  args: { mode: 'frt' },
  render: (args) =>
    renderElement<TicketHeatmap>('ticket-heatmap', args, (el) => {
      el.result = weekdayHourFirstResponse(ticketsCurrent(), { timeZone: sampleZone() });
    }),
};

/** No tickets in the period. */
export const Empty: Story = {
  render: (args) =>
    renderElement<TicketHeatmap>('ticket-heatmap', args, (el) => {
      el.tickets = [];
    }),
};

export const Loading: Story = loadingStory();

export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'The ticket export could not be loaded.' },
};

/** Counts that are not 7 × 24 numbers: the invalid panel names the attribute. */
export const Invalid: Story = { args: { counts: 'abc' } };

/** A few dozen tickets: most cells are zero, the legend bins stay round. */
export const SmallSample: Story = {
  render: (args) =>
    renderElement<TicketHeatmap>('ticket-heatmap', args, (el) => {
      el.tickets = fewTickets();
    }),
};

export const Dark: Story = darkStory(withResult);

/** The toolbar's locale, pinned: English strings, and numbers formatted for `en`. */
export const English: Story = englishStory(withResult);

/** The toolbar's high-contrast token set (see Foundations › Colours); axe checks its contrast. */
export const HighContrast: Story = highContrastStory(withResult);

const countAt = (weekday: number, hour: number) =>
  matrix.counts[matrix.weekdays.indexOf(weekday as never)]![hour]!;

/** Keyboard: arrows move between cells, the tooltip follows, Enter fires `kpi-select`. */
export const ArrowKeysAndEnter: Story = {
  render: withResult,
  play: async ({ canvasElement, step }) => {
    const { element, root } = await shadowOf<TicketHeatmap>(canvasElement, 'ticket-heatmap');
    const selected: TicketHeatmapSelectDetail[] = [];
    element.addEventListener('kpi-select', (e) =>
      selected.push((e as CustomEvent<TicketHeatmapSelectDetail>).detail),
    );
    const cells = () => [...root.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    const position = (cell: Element) => ({
      row: Number((cell as HTMLElement).dataset.row),
      col: Number((cell as HTMLElement).dataset.col),
    });

    await step('the grid is one tab stop, on the peak the core found', async () => {
      await expect(cells()).toHaveLength(7 * 24);
      const stops = cells().filter((c) => c.tabIndex === 0);
      await expect(stops).toHaveLength(1);
      await expect(Number(stops[0]!.dataset.count)).toBe(matrix.peak!.count);
    });

    const stop = cells().find((c) => c.tabIndex === 0)!;
    const from = position(stop);
    stop.focus();

    await step('ArrowRight moves one hour on, ArrowDown one day on', async () => {
      const right = from.col < 23 ? '{ArrowRight}' : '{ArrowLeft}';
      const col = from.col < 23 ? from.col + 1 : from.col - 1;
      await userEvent.keyboard(right);
      await waitFor(() => expect(position(root.activeElement!)).toEqual({ row: from.row, col }));
      const down = from.row < 6 ? '{ArrowDown}' : '{ArrowUp}';
      const row = from.row < 6 ? from.row + 1 : from.row - 1;
      await userEvent.keyboard(down);
      await waitFor(() => expect(position(root.activeElement!)).toEqual({ row, col }));
      await expect(root.activeElement!.getAttribute('tabindex')).toBe('0');
    });

    await step('the tooltip shows the focused cell', async () => {
      const tip = part(root, 'tooltip')!;
      await waitFor(() => expect(tip.hidden).toBe(false));
      const count = (root.activeElement as HTMLElement).dataset.count!;
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
      await expect(tip.textContent).toContain(new Intl.NumberFormat(lang).format(Number(count)));
    });

    await step('Enter fires kpi-select with the weekday, hour and the core count', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(selected).toHaveLength(1));
      const { weekday, hour, count, timeZone } = selected[0]!;
      await expect(timeZone).toBe(matrix.timeZone);
      await expect(count).toBe(countAt(weekday, hour));
      await expect(Number((root.activeElement as HTMLElement).dataset.count)).toBe(count);
    });
  },
};
