import { css } from 'lit';

/**
 * Per-component knobs (`--churn-trend-*`) fall back to the global tokens. Only what differs from
 * the shared base, state and table styles: the metric buttons reuse the table toggle's look.
 */
export const churnTrendStyles = css`
  :host {
    --_target: var(--churn-trend-target-color, var(--_tb-color-bad));
    padding: var(--churn-trend-padding, 0.75rem);
  }
  /* The colour of the series on show, for the line, its dots and the note's key alike. */
  .base {
    --_series: var(--churn-trend-line-color, var(--_tb-color-accent));
  }
  .retention {
    --_series: var(--churn-trend-retention-color, var(--_tb-color-series-2));
  }
  .header {
    justify-content: start;
  }
  .latest strong {
    font-size: 1.25em;
  }
  .actions {
    display: flex;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  [aria-pressed='true'] {
    color: var(--_tb-color-surface);
    background: var(--_tb-color-accent);
  }
  .plot {
    position: relative;
    block-size: var(--churn-trend-height, 14rem);
    margin-block-start: 0.5rem;
  }
  .chart-img,
  .points {
    position: absolute;
    inset: 0;
  }
  .chart {
    display: block;
    overflow: visible;
  }
  text {
    fill: var(--_tb-color-text-muted);
    font-size: 11px;
  }
  .grid line {
    stroke: var(--churn-trend-grid-color, var(--_tb-color-border));
  }
  .target {
    stroke: var(--_target);
    fill: var(--_target);
    stroke-dasharray: 6 4;
  }
  .target text {
    fill: inherit;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_tb-color-surface);
    stroke-width: 3px;
    stroke-dasharray: none;
  }
  .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: var(--churn-trend-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  /* The dash that draws the line on lives only in the animation: a finished line has none, as
     a dash of pathLength 1 falls short of the last point in Chromium. */
  [part='line'] {
    animation: draw 0.7s ease-out;
  }
  @keyframes draw {
    from {
      stroke-dasharray: 1;
      stroke-dashoffset: 1;
    }
    to {
      stroke-dasharray: 1;
    }
  }
  .provisional {
    stroke-dasharray: 4 4;
  }
  /* A running period is hollow, so it reads as "not final" without relying on colour. */
  .point {
    fill: var(--_series);
    stroke: var(--_tb-color-surface);
    stroke-width: 1.5;
  }
  .open {
    fill: var(--_tb-color-surface);
    stroke: var(--_series);
    stroke-width: 2;
  }
  /* The layer passes the pointer through to the plot, except on the buttons themselves. */
  .points {
    pointer-events: none;
  }
  /* The hit area is large for fingers (at least 24 px); round, so its focus ring circles the dot. */
  .hit {
    position: absolute;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    cursor: pointer;
    pointer-events: auto;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-inline-size: min(16rem, 100%);
    padding: 0.375rem 0.5rem;
    font-size: 0.8125em;
    background: var(--_tb-color-surface);
    border: 1px solid var(--_tb-color-border);
    border-radius: 0.25rem;
    box-shadow: 0 2px 8px #0003;
    pointer-events: none;
  }
  dl {
    display: grid;
    grid: auto / auto auto;
    gap: 0 0.75rem;
    margin: 0.25rem 0 0;
  }
  dt:first-child {
    font-weight: 600;
  }
  dd {
    margin: 0;
    text-align: end;
  }
  .key {
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
    /* "Mark", the bad token's system colour, is a highlight background: unreadable as text. */
    .target {
      --_target: CanvasText;
    }
    .target text {
      stroke: Canvas;
    }
    [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  @media print {
    .points,
    .tooltip,
    .metric-toggle {
      display: none;
    }
  }
`;
