import { css, unsafeCSS } from 'lit';
import { MAX_STEPS, rampPosition } from './heatmap-bins.js';

/**
 * The colour of bin `i` out of `k`, as a class pair (`.k5 .bin-2`) rather than per-cell
 * styles: the ramp is a `color-mix()` of the low and high knobs, so it follows the theme in CSS
 * alone, and nothing is written into `style` at run time.
 */
const binRules = Array.from({ length: MAX_STEPS }, (_, k) =>
  Array.from({ length: k + 1 }, (_, i) => {
    const percent = (rampPosition(i, k + 1) * 100).toFixed(2);
    return `.k${k + 1} .bin-${i} { --_fill: color-mix(in oklab, var(--_high) ${percent}%, var(--_low)); }`;
  }).join('\n'),
).join('\n');

/**
 * Per-component knobs (`--ticket-heatmap-*`) fall back to the global tokens.
 * - Hour labels: every 6th shows in a narrow element, every 3rd in a wide one; the rest stay
 *   in the accessibility tree as visually hidden text.
 * - The tooltip is placed with physical left/top: the element measures cells with
 *   getBoundingClientRect.
 * - Forced colours would paint every cell Canvas: the cells keep the ramp (the tokens turn into
 *   a mix of the user's Canvas and Highlight), every cell is outlined and shows its count, so
 *   cells differ by more than a shade.
 * (Comments live here, not in the css`` text, which ships as written.)
 */
export const ticketHeatmapStyles = css`
  :host {
    --_low: var(--ticket-heatmap-color-low, var(--_tb-color-scale-low));
    --_high: var(--ticket-heatmap-color-high, var(--_tb-color-scale-high));
    --_peak: var(--ticket-heatmap-peak-color, var(--_tb-color-text));
    --_cell-size: var(--ticket-heatmap-cell-size, 1.5rem);
    --_gap: var(--ticket-heatmap-gap, 2px);
    padding: var(--ticket-heatmap-padding, 0.75rem);
    container-type: inline-size;
  }
  .caption {
    margin: 0.125rem 0 0.5rem;
    font-size: 0.875em;
  }
  .chart {
    position: relative;
  }
  .grid {
    display: grid;
    grid-template-columns: max-content repeat(24, minmax(0, 1fr));
    gap: var(--_gap);
    font-size: 0.75em;
    print-color-adjust: exact;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .day {
    padding-inline-end: 0.375rem;
    align-self: center;
    color: var(--_tb-color-text-muted);
  }
  .hour {
    color: var(--_tb-color-text-muted);
    white-space: nowrap;
    overflow: visible;
    inline-size: 0;
    font-variant-numeric: tabular-nums;
  }
  .hour:not(.h6) > .tick {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @container (min-width: 40rem) {
    .hour.h3 > .tick {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
    }
  }
  .cell {
    --_fill: var(--_low);
    display: flex;
    align-items: center;
    justify-content: center;
    block-size: var(--_cell-size);
    min-inline-size: 0;
    border: 1px solid transparent;
    border-radius: 2px;
    background: var(--_fill);
    cursor: pointer;
    overflow: hidden;
  }
  .cell.none {
    background: none;
    border: 1px dashed var(--_tb-color-border);
  }
  .cell.peak {
    border: 2px solid var(--_peak);
  }
  .cell:focus-visible {
    outline: var(--_tb-focus-width) solid var(--_tb-color-focus);
    outline-offset: 1px;
    position: relative;
    z-index: 1;
  }
  .cell-value {
    display: none;
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    left: 0;
    top: 0;
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_tb-radius) / 2);
    background: var(--_tb-color-text);
    color: var(--_tb-color-surface);
    font-size: 0.8125em;
    line-height: 1.35;
    white-space: nowrap;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong,
  .tooltip span {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    font-size: 0.8125em;
    print-color-adjust: exact;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.625rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    --_fill: var(--_low);
    display: inline-block;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 1px solid transparent;
    border-radius: 2px;
    background: var(--_fill);
  }
  .swatch.none {
    background: none;
    border: 1px dashed var(--_tb-color-border);
  }
  ${unsafeCSS(binRules)}
  .peak-note,
  .notice {
    margin: 0.375rem 0 0;
    font-size: 0.875em;
  }
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
      color: CanvasText;
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
