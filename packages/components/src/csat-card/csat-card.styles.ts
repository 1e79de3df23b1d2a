import { css } from 'lit';

/**
 * Per-component knobs (`--csat-card-*`) fall back to the global tokens. The header row, label
 * and the delta colours (better/worse/flat, muted when not significant, forced colours) come
 * from the shared base styles. Notes kept out of the CSS text:
 * - satisfied points are underlined as well as coloured (WCAG 1.4.1, use of colour);
 * - the sparkline uses non-scaling strokes, and its dots are zero-length round-capped paths,
 *   so both stay round when the SVG stretches to the card's width.
 */
export const csatCardStyles = css`
  :host {
    --_p: var(--csat-card-positive-color, var(--_tb-color-good));
    padding: var(--csat-card-padding, 0.75rem);
  }
  .delta,
  .positive {
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
    fill: var(--csat-card-interval-color, var(--_tb-color-accent));
    opacity: 0.5;
  }
  .mark {
    stroke: currentColor;
    stroke-width: 2;
  }
  .bars,
  .sparkline {
    margin-block-start: 0.75rem;
    block-size: var(--csat-card-chart-height, 4rem);
  }
  .bars rect {
    fill: var(--csat-card-bar-color, var(--_tb-color-text-muted));
    transform-origin: bottom;
    transform-box: fill-box;
    animation: grow 0.5s ease-out;
  }
  .bars .positive {
    fill: var(--_p);
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
    border-top: 2px solid transparent;
  }
  .points .positive {
    border-color: var(--_p);
  }
  small {
    display: block;
    font-weight: 400;
    color: var(--_tb-color-text-muted);
    font-size: 0.75rem;
  }
  .delta small {
    display: inline;
    color: inherit;
  }
  .small li small {
    display: none;
  }
  .sparkline {
    block-size: var(--csat-card-sparkline-height, 2.5rem);
  }
  .sparkline path {
    fill: none;
    stroke: var(--csat-card-line-color, var(--_tb-color-accent));
    stroke-width: 2;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .point {
    stroke-width: 5;
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
