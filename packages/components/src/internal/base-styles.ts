import { css } from 'lit';

/** Layout, type and focus rules shared by every element. */
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
