import { css } from 'lit';

/**
 * Layout, type and focus rules shared by every element, including the anatomy every element
 * repeats (header row, visible label, notices), so each bundle ships them once. Rules only some
 * elements use live beside them (`delta-styles.ts`, `visually-hidden.ts`), so an element that
 * does not use them does not ship them (issue 3's 20 kB gate).
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
