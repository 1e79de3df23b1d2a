import { css, unsafeCSS } from 'lit';

/**
 * The global design tokens: `[light, dark?, forced colours?, print?]` defaults. A page themes every Tablero
 * element by setting `--tablero-<name>` anywhere above it (custom properties inherit through
 * shadow roots); elements read only the private `--_tb-<name>` copies defined here, so a
 * per-component knob can sit in between (DESIGN.md convention 9).
 */
export const TOKENS = {
  'color-good': ['#1a7f37', '#3fb950', 'Highlight'],
  'color-bad': ['#cf222e', '#f85149', 'Mark'],
  'color-neutral': ['#9a6700', '#d29922', 'GrayText'],
  'color-accent': ['#0969da', '#4493f8', 'Highlight'],
  'color-series-2': ['#8250df', '#ab7df8', 'LinkText'],
  'color-scale-low': ['#ddf4ff', '#0c2d6b', 'Canvas'],
  'color-scale-high': ['#0550ae', '#a5d6ff', 'Highlight'],
  'color-track': ['#d8dee4', '#30363d', 'GrayText', '#ddd'],
  'color-text': ['#1f2328', '#e6edf3', 'CanvasText', '#000'],
  'color-text-muted': ['#59636e', '#9198a1', 'CanvasText', '#333'],
  'color-surface': ['#ffffff', '#0d1117', 'Canvas', '#fff'],
  'color-border': ['#d0d7de', '#3d444d', 'CanvasText', '#777'],
  'color-focus': ['#0969da', '#4493f8', 'Highlight'],
  'font-family': ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  'font-size': ['1rem'],
  radius: ['0.5rem'],
  'focus-width': ['2px'],
} as const satisfies Record<string, readonly [string, string?, string?, string?]>;

export type TokenName = keyof typeof TOKENS;

/**
 * One column of `TOKENS` as declarations: 0 light and 1 dark (both under the page's
 * `--tablero-*` value), 2 the system colour for forced-colours mode, where only system colours
 * are guaranteed readable, and 3 ink on paper for print (darker text and borders). One table
 * rather than one per mode keeps each token's name in the bundle once.
 */
const declarations = (column: number) =>
  Object.entries(TOKENS)
    .map(([name, values]) => {
      const value = (values as readonly string[])[column];
      return value === undefined
        ? ''
        : `--_tb-${name}: ${column < 2 ? `var(--tablero-${name}, ${value})` : value};`;
    })
    .join('');

const light = unsafeCSS(declarations(0));
const dark = unsafeCSS(declarations(1));

/** `:host` styles every element starts from: tokens, themes, forced colours, print, motion. */
export const tokenStyles = css`
  :host {
    ${light}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  /* The selector list out-ranks the theme selectors above, whatever the theme attribute says. */
  @media (forced-colors: active) {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      ${unsafeCSS(declarations(2))}
    }
  }
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      ${light}
      ${unsafeCSS(declarations(3))}
      color-scheme: light;
    }
  }
`;
