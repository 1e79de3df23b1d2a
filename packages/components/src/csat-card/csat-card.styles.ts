import { css } from 'lit';

/** Per-component knobs (`--csat-card-*`) fall back to the global tokens. */
export const csatCardStyles = css`
  :host {
    --_positive: var(--csat-card-positive-color, var(--_tb-color-good));
    --_bar: var(--csat-card-bar-color, var(--_tb-color-text-muted));
    --_interval: var(--csat-card-interval-color, var(--_tb-color-accent));
    --_line: var(--csat-card-line-color, var(--_tb-color-accent));
    padding: var(--csat-card-padding, 0.75rem);
  }
  .header,
  .ends {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .label {
    font-weight: 600;
  }
  svg {
    display: block;
    inline-size: 100%;
  }
  .value {
    font-size: var(--csat-card-value-size, 2.25rem);
    font-weight: 700;
    margin-inline-end: 0.5rem;
  }
  .delta {
    display: inline-block;
    font-weight: 600;
  }
  .delta small {
    font-weight: 400;
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
  p {
    margin: 0.25rem 0;
    font-size: 0.8125em;
  }
  .interval {
    block-size: 0.5rem;
  }
  .track {
    fill: var(--csat-card-track-color, var(--_tb-color-track));
  }
  .band {
    fill: var(--_interval);
    opacity: 0.5;
  }
  .mark {
    stroke: currentColor;
    stroke-width: 2;
  }
  .bars {
    margin-block-start: 0.75rem;
    block-size: var(--csat-card-chart-height, 4rem);
  }
  .bars rect {
    fill: var(--_bar);
    transform-origin: bottom;
    transform-box: fill-box;
    animation: grow 0.5s ease-out;
  }
  .bars .positive {
    fill: var(--_positive);
  }
  @keyframes grow {
    from {
      transform: scaleY(0);
    }
  }
  .points {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: center;
    font-size: 0.75em;
  }
  .points li {
    flex: 1;
    border-block-start: 2px solid transparent;
  }
  /* Satisfied points are underlined as well as coloured (WCAG 1.4.1, use of colour). */
  .points .positive {
    border-color: var(--_positive);
    font-weight: 600;
  }
  .points small {
    display: block;
  }
  .points small,
  .ends {
    color: var(--_tb-color-text-muted);
    font-size: 0.75rem;
    font-weight: 400;
  }
  .small small {
    display: none;
  }
  .sparkline {
    margin-block-start: 0.75rem;
    block-size: var(--csat-card-sparkline-height, 2.5rem);
  }
  /* non-scaling strokes, and zero-length round-capped paths as dots, stay round when stretched. */
  .sparkline path {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .point {
    stroke-width: 5;
  }
  .sparkline .last {
    stroke-width: 8;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .band {
      opacity: 1;
    }
  }
`;
