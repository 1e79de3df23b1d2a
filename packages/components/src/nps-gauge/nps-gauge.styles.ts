import { css } from 'lit';

/** Per-component knobs (`--nps-gauge-*`) fall back to the global tokens. */
export const npsGaugeStyles = css`
  :host {
    --_positive: var(--nps-gauge-positive-color, var(--_tb-color-good));
    --_negative: var(--nps-gauge-negative-color, var(--_tb-color-bad));
    --_track: var(--nps-gauge-track-color, var(--_tb-color-track));
    --_interval: var(--nps-gauge-interval-color, var(--_tb-color-text-muted));
    --_target: var(--nps-gauge-target-color, var(--_tb-color-text));
    --_promoter: var(--nps-gauge-promoter-color, var(--_tb-color-good));
    --_passive: var(--nps-gauge-passive-color, var(--_tb-color-neutral));
    --_detractor: var(--nps-gauge-detractor-color, var(--_tb-color-bad));
    --_thickness: var(--nps-gauge-thickness, 18);
    padding: var(--nps-gauge-padding, 0.75rem);
    container-type: inline-size;
  }
  .meter {
    display: block;
    max-inline-size: var(--nps-gauge-max-width, 22rem);
    margin-inline: auto;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .track,
  .indicator,
  .interval {
    fill: none;
  }
  .track {
    stroke: var(--_track);
    stroke-width: var(--_thickness);
  }
  .indicator {
    stroke: var(--_positive);
    stroke-width: var(--_thickness);
    stroke-dasharray: 1;
    stroke-dashoffset: 0;
    animation: grow 600ms ease-out;
  }
  .indicator.negative {
    stroke: var(--_negative);
  }
  .interval {
    stroke: var(--_interval);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .zero {
    stroke: var(--_tb-color-surface);
    stroke-width: 2;
  }
  .target {
    stroke: var(--_target);
    stroke-width: 3;
  }
  .scale-label {
    fill: var(--_tb-color-text-muted);
    font-size: 11px;
  }
  .value {
    fill: var(--_tb-color-text);
    font-size: var(--nps-gauge-value-size, 40px);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  @keyframes grow {
    from {
      stroke-dashoffset: 1;
    }
  }
  .details {
    margin: 0.25rem 0 0;
    text-align: center;
    font-size: 0.875em;
  }
  .delta {
    margin: 0.25rem 0 0;
    text-align: center;
    font-weight: 600;
  }
  .delta .significance {
    font-weight: 400;
  }
  .breakdown {
    margin-block-start: 0.5rem;
  }
  .bar {
    block-size: 0.625rem;
  }
  .bar .promoters {
    fill: var(--_promoter);
  }
  .bar .passives {
    fill: var(--_passive);
  }
  .bar .detractors {
    fill: var(--_detractor);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .swatch {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 2px;
  }
  .swatch.promoters {
    background: var(--_promoter);
  }
  .swatch.passives {
    background: var(--_passive);
  }
  .swatch.detractors {
    background: var(--_detractor);
  }
  .small .legend {
    flex-direction: column;
  }
  .small .scale-label {
    display: none;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;
