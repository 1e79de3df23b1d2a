import { css } from 'lit';

/**
 * Layout, type and focus rules shared by every element, including the anatomy every element
 * repeats (header row, visible label, notices, better/worse deltas), so each bundle ships them
 * once. In forced colours `--_tb-color-bad` is `Mark`, a highlight *background*: fine for a
 * bar or an arc, unreadable as text, so a "worse" delta turns to `CanvasText` (the words and
 * the sign still say which way it went).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_tb-font-family);
    font-size: var(--_tb-font-size);
    color: var(--_tb-color-text);
    background: var(--_tb-color-surface);
    border-radius: var(--_tb-radius);
    /* Reserve space before the data arrives so the page does not jump. */
    min-block-size: 4rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_tb-focus-width) solid var(--_tb-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_tb-color-text-muted);
  }
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .label {
    font-weight: 600;
  }
  .notice {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    color: var(--_tb-color-text-muted);
  }
  [data-direction='better'] {
    color: var(--_tb-color-good);
  }
  [data-direction='worse'] {
    color: var(--_tb-color-bad);
  }
  [data-direction='flat'],
  [data-significant='false'] {
    color: var(--_tb-color-text-muted);
  }
  @media (forced-colors: active) {
    [data-direction='worse'] {
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
