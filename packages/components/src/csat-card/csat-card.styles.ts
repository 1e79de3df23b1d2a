import { css } from 'lit';

/** Per-component knobs (`--csat-card-*`) fall back to the global tokens. */
export const csatCardStyles = css`
  :host {
    --_positive: var(--csat-card-positive-color, var(--_tb-color-good));
    --_bar: var(--csat-card-bar-color, var(--_tb-color-text-muted));
    --_track: var(--csat-card-track-color, var(--_tb-color-track));
    --_interval: var(--csat-card-interval-color, var(--_tb-color-accent));
    --_line: var(--csat-card-line-color, var(--_tb-color-accent));
    padding: var(--csat-card-padding, 0.75rem);
    container-type: inline-size;
  }
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .label {
    font-weight: 600;
  }
  svg {
    display: block;
    inline-size: 100%;
    overflow: visible;
  }
  .headline {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin-block-start: 0.25rem;
  }
  .value {
    font-size: var(--csat-card-value-size, 2.25rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .delta {
    font-weight: 600;
  }
  .delta[data-direction='better'] {
    color: var(--_tb-color-good);
  }
  .delta[data-direction='worse'] {
    color: var(--_tb-color-bad);
  }
  /* A change within noise is not news: muted, whichever way it went. */
  .delta[data-direction='flat'],
  .delta[data-significant='false'] {
    color: var(--_tb-color-text-muted);
  }
  .delta__note {
    font-weight: 400;
    font-size: 0.875em;
  }
  .significance {
    font-style: italic;
  }
  .details {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .interval {
    block-size: 0.5rem;
    margin-block-start: 0.375rem;
  }
  .interval__track {
    fill: var(--_track);
  }
  .interval__band {
    fill: var(--_interval);
    opacity: 0.45;
  }
  .interval__value {
    stroke: var(--_tb-color-text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .distribution {
    margin-block-start: 0.75rem;
  }
  .bars {
    block-size: var(--csat-card-chart-height, 4rem);
  }
  .bar {
    fill: var(--_bar);
    transform-box: fill-box;
    transform-origin: bottom;
    animation: grow 500ms ease-out;
  }
  .bar--positive {
    fill: var(--_positive);
  }
  @keyframes grow {
    from {
      transform: scaleY(0);
    }
  }
  .scale-points {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    margin: 0.125rem 0 0;
    padding: 0;
    list-style: none;
    text-align: center;
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  .point {
    display: flex;
    flex-direction: column;
    border-block-start: 2px solid transparent;
    padding-block-start: 0.125rem;
  }
  /* Satisfied points are marked by an underline as well as by colour (WCAG 1.4.1). */
  .point--positive {
    border-block-start-color: var(--_positive);
    font-weight: 600;
  }
  .point__share {
    color: var(--_tb-color-text-muted);
  }
  .positive-range {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    font-size: 0.75em;
  }
  .swatch {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 2px;
    background: var(--_positive);
  }
  .trend {
    margin-block-start: 0.75rem;
  }
  .sparkline {
    block-size: var(--csat-card-sparkline-height, 2.5rem);
  }
  .sparkline__line,
  .sparkline__point {
    fill: none;
    stroke: var(--_line);
    vector-effect: non-scaling-stroke;
  }
  .sparkline__line {
    stroke-width: 2;
    stroke-linejoin: round;
  }
  /* Zero-length paths with round caps: dots that stay round when the SVG stretches. */
  .sparkline__point {
    stroke-width: 5;
    stroke-linecap: round;
  }
  .sparkline__point--last {
    stroke-width: 8;
  }
  .trend__labels {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
  }
  .notice {
    margin: 0.5rem 0 0;
    font-size: 0.8125em;
    color: var(--_tb-color-text-muted);
  }
  .small .value {
    font-size: calc(var(--csat-card-value-size, 2.25rem) * 0.8);
  }
  .small .point__share {
    display: none;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      background: Highlight;
      border: 1px solid CanvasText;
    }
    .interval__band {
      opacity: 1;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .interval__band {
      opacity: 1;
    }
  }
`;
