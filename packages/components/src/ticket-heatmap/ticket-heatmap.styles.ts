import { css, unsafeCSS } from 'lit';
import { MAX_STEPS } from './heatmap-bins.js';

/**
 * The colour of bin `i` out of `k` (`.k5 .bin-2`): each bin class sets its rank and the
 * wrapper the bin count, and one `color-mix()` of the low and high knobs turns `rank / count`
 * (heatmap-bins' `rampPosition`) into the fill, so the ramp follows the theme in CSS alone and
 * nothing is written into `style` at run time. Nine rank and nine count rules rather than one
 * rule per (k, i) pair: 45 pre-mixed rules cost 0.3 kB min+gzip.
 */
const binRules = Array.from(
  { length: MAX_STEPS },
  (_, i) => `.bin-${i}{--_i:${i + 1}}.k${i + 1}{--_k:${i + 1}}`,
).join('');

/**
 * Per-component knobs (`--ticket-heatmap-*`) fall back to the global tokens.
 * - Hour labels: every 6th shows in a narrow element, every 3rd in a wide one. The labels are
 *   `aria-hidden` (each column header also holds its hour range as visually hidden text), so
 *   the others can simply not be displayed.
 * - The tooltip is placed with physical left/top: the element measures cells with
 *   getBoundingClientRect.
 * - Forced colours would paint every cell Canvas: the cells keep the ramp (the tokens turn into
 *   a mix of the user's Canvas and Highlight), every cell is outlined and shows its count, so
 *   cells differ by more than a shade.
 * - Header, label, notice and visually hidden text come from the shared base styles.
 */
export const ticketHeatmapStyles = css`
  :host {
    --_low: var(--ticket-heatmap-color-low, var(--_tb-color-scale-low));
    --_high: var(--ticket-heatmap-color-high, var(--_tb-color-scale-high));
    padding: var(--ticket-heatmap-padding, 0.75rem);
    container-type: inline-size;
  }
  .caption,
  .peak-note {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.875em;
  }
  .chart {
    position: relative;
  }
  .grid,
  .legend {
    print-color-adjust: exact;
    font-variant-numeric: tabular-nums;
  }
  .grid {
    display: grid;
    grid-template-columns: max-content repeat(24, minmax(0, 1fr));
    gap: var(--ticket-heatmap-gap, 2px);
    font-size: 0.75em;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .day,
  .hour {
    color: var(--_tb-color-text-muted);
  }
  .day {
    padding-inline-end: 0.375rem;
    align-self: center;
  }
  .hour {
    white-space: nowrap;
    inline-size: 0;
  }
  .hour:not(.h3) > .tick {
    display: none;
  }
  @container (width < 40rem) {
    .hour:not(.h6) > .tick {
      display: none;
    }
  }
  .cell,
  .swatch {
    --_fill: color-mix(in oklab, var(--_high) calc(var(--_i, 0) / var(--_k) * 100%), var(--_low));
    border: 1px solid transparent;
    border-radius: 2px;
    background: var(--_fill);
  }
  .cell {
    display: grid;
    place-items: center;
    block-size: var(--ticket-heatmap-cell-size, 1.5rem);
    min-inline-size: 0;
    cursor: pointer;
    overflow: hidden;
  }
  .none {
    background: none;
    border: 1px dashed var(--_tb-color-border);
  }
  .cell.peak {
    border: 2px solid var(--ticket-heatmap-peak-color, var(--_tb-color-text));
  }
  .cell:focus-visible {
    z-index: 1;
  }
  .cell-value {
    display: none;
    font-size: 0.75em;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_tb-radius) / 2);
    background: var(--_tb-color-text);
    color: var(--_tb-color-surface);
    font-size: 0.8125em;
    white-space: nowrap;
    pointer-events: none;
  }
  .tooltip > * {
    display: block;
  }
  .legend,
  .legend ul,
  .legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .legend {
    margin-block-start: 0.5rem;
    font-size: 0.8125em;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    gap: 0.25rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.875rem;
    block-size: 0.875rem;
  }
  ${unsafeCSS(binRules)}
  @media (forced-colors: active) {
    .cell,
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      color: CanvasText;
    }
    .cell.peak {
      border-width: 3px;
    }
    .cell-value {
      display: inline;
      background: Canvas;
      padding-inline: 1px;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .tooltip {
      display: none;
    }
    .cell,
    .swatch {
      border-color: #777;
    }
  }
`;
