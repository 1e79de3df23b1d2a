import { css } from 'lit';

/** Per-component knobs (`--churn-trend-*`) fall back to the global tokens. */
export const churnTrendStyles = css`
  :host {
    --_line: var(--churn-trend-line-color, var(--_tb-color-accent));
    --_retention: var(--churn-trend-retention-color, var(--_tb-color-series-2));
    --_target: var(--churn-trend-target-color, var(--_tb-color-bad));
    --_grid: var(--churn-trend-grid-color, var(--_tb-color-border));
    --_line-width: var(--churn-trend-line-width, 2px);
    padding: var(--churn-trend-padding, 0.75rem);
  }
  /* The colour of the series on show, for the line, its dots and the note's key alike. */
  .base {
    --_series: var(--_line);
  }
  .base.retention {
    --_series: var(--_retention);
  }
  .header {
    justify-content: start;
    gap: 0.25rem 0.75rem;
  }
  .latest {
    display: inline-flex;
    align-items: baseline;
    gap: 0.375rem;
  }
  .latest__value {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .metric-toggle {
    display: inline-flex;
  }
  .metric-toggle button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_tb-color-text);
    background: none;
    border: 1px solid var(--_tb-color-border);
    padding: 0.25rem 0.625rem;
    cursor: pointer;
  }
  .metric-toggle button:first-child {
    border-start-start-radius: calc(var(--_tb-radius) / 2);
    border-end-start-radius: calc(var(--_tb-radius) / 2);
  }
  .metric-toggle button:last-child {
    border-start-end-radius: calc(var(--_tb-radius) / 2);
    border-end-end-radius: calc(var(--_tb-radius) / 2);
    border-inline-start: none;
  }
  .metric-toggle button[aria-pressed='true'] {
    color: var(--_tb-color-surface);
    background: var(--_tb-color-accent);
    border-color: var(--_tb-color-accent);
  }
  .plot {
    position: relative;
    block-size: var(--churn-trend-height, 14rem);
    margin-block-start: 0.5rem;
  }
  .chart-img {
    position: absolute;
    inset: 0;
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .grid text,
  .axis text {
    fill: var(--_tb-color-text-muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target text {
    fill: var(--_target);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_tb-color-surface);
    stroke-width: 3px;
  }
  .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line:not(.provisional) {
    stroke-dasharray: 1;
    animation: draw 700ms ease-out;
  }
  .line.provisional {
    stroke-dasharray: 4 4;
  }
  .point {
    fill: var(--_series);
    stroke: var(--_tb-color-surface);
    stroke-width: 1.5;
  }
  /* A running period: hollow, so it reads as "not final" without relying on colour. */
  .point.open {
    fill: var(--_tb-color-surface);
    stroke: var(--_series);
    stroke-width: 2;
  }
  @keyframes draw {
    from {
      stroke-dashoffset: 1;
    }
  }
  .points {
    position: absolute;
    inset: 0;
    /* The layer passes the pointer through to the plot, except on the buttons themselves. */
    pointer-events: none;
  }
  .hit {
    position: absolute;
    padding: 0;
    margin: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
    pointer-events: auto;
  }
  /* The hit area is large for fingers; the focus ring hugs the dot so it reads as that point's. */
  .hit:focus-visible {
    outline: none;
  }
  .hit::after {
    content: '';
    position: absolute;
    inset: calc(50% - 0.625rem);
    border-radius: 50%;
  }
  .hit:focus-visible::after {
    outline: var(--_tb-focus-width) solid var(--_tb-color-focus);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-inline-size: min(16rem, 100%);
    padding: 0.375rem 0.5rem;
    font-size: 0.8125em;
    color: var(--_tb-color-text);
    background: var(--_tb-color-surface);
    border: 1px solid var(--_tb-color-border);
    border-radius: calc(var(--_tb-radius) / 2);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    pointer-events: none;
  }
  .tooltip__title {
    font-weight: 600;
  }
  .tooltip__badge {
    font-weight: 400;
    font-style: italic;
    color: var(--_tb-color-text-muted);
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 0.75rem;
    margin: 0.25rem 0 0;
  }
  .tooltip dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    color: var(--_tb-color-text-muted);
  }
  .note__key {
    display: inline-block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin-inline-end: 0.375rem;
    border: 2px solid var(--_series);
    border-radius: 50%;
  }
  .small .latest {
    display: none;
  }
  @media (forced-colors: active) {
    /* "Mark", the system colour the bad token maps to, is a highlight background: unreadable as text. */
    .target line {
      stroke: CanvasText;
    }
    .target text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .grid line {
      stroke: GrayText;
    }
    .metric-toggle button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
  @media print {
    .plot {
      break-inside: avoid;
    }
    .points,
    .tooltip,
    .metric-toggle {
      display: none;
    }
  }
`;
