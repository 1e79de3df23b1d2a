import { css, unsafeCSS } from 'lit';

/**
 * The global design tokens, with their light and dark defaults. A page themes every Tablero
 * element by setting `--tablero-<name>` anywhere above it (custom properties inherit through
 * shadow roots); elements read only the private `--_tb-<name>` copies defined here, so a
 * per-component knob can sit in between (DESIGN.md convention 9).
 */
export const TOKENS = {
  'color-good': ['#1a7f37', '#3fb950'],
  'color-bad': ['#cf222e', '#f85149'],
  'color-neutral': ['#9a6700', '#d29922'],
  'color-accent': ['#0969da', '#4493f8'],
  'color-series-2': ['#8250df', '#ab7df8'],
  'color-scale-low': ['#ddf4ff', '#0c2d6b'],
  'color-scale-high': ['#0550ae', '#a5d6ff'],
  'color-track': ['#d8dee4', '#30363d'],
  'color-text': ['#1f2328', '#e6edf3'],
  'color-text-muted': ['#59636e', '#9198a1'],
  'color-surface': ['#ffffff', '#0d1117'],
  'color-border': ['#d0d7de', '#3d444d'],
  'color-focus': ['#0969da', '#4493f8'],
  'font-family': ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  'font-size': ['1rem'],
  radius: ['0.5rem'],
  'focus-width': ['2px'],
} as const satisfies Record<string, readonly [string, string?]>;

export type TokenName = keyof typeof TOKENS;

/** System colours for forced-colours mode, where only these are guaranteed readable. */
const FORCED: Partial<Record<TokenName, string>> = {
  'color-good': 'Highlight',
  'color-bad': 'Mark',
  'color-neutral': 'GrayText',
  'color-accent': 'Highlight',
  'color-series-2': 'LinkText',
  'color-scale-low': 'Canvas',
  'color-scale-high': 'Highlight',
  'color-track': 'GrayText',
  'color-text': 'CanvasText',
  'color-text-muted': 'CanvasText',
  'color-surface': 'Canvas',
  'color-border': 'CanvasText',
  'color-focus': 'Highlight',
};

/**
 * Ink on paper: the light palette whatever the screen theme is (a `theme="dark"` element would
 * otherwise print its pale colours on white paper), with darker text and borders.
 */
const PRINT: Partial<Record<TokenName, string>> = {
  'color-text': '#000000',
  'color-text-muted': '#333333',
  'color-surface': '#ffffff',
  'color-border': '#777777',
  'color-track': '#dddddd',
};

const declarations = (pick: (name: TokenName) => string | undefined, fromPage: boolean) =>
  (Object.keys(TOKENS) as TokenName[])
    .map((name) => {
      const fallback = pick(name);
      if (fallback === undefined) return '';
      return fromPage
        ? `--_tb-${name}: var(--tablero-${name}, ${fallback});`
        : `--_tb-${name}: ${fallback};`;
    })
    .join('\n');

const light = declarations((name) => TOKENS[name][0], true);
const dark = declarations((name) => (TOKENS[name] as readonly string[])[1], true);

/** `:host` styles every element starts from: tokens, themes, forced colours, print, motion. */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(light)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(dark)}
      color-scheme: dark;
    }
  }
  /* The selector list out-ranks the theme selectors above, whatever the theme attribute says. */
  @media (forced-colors: active) {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      ${unsafeCSS(declarations((name) => FORCED[name], false))}
    }
  }
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      ${unsafeCSS(light)}
      ${unsafeCSS(declarations((name) => PRINT[name], false))}
      color-scheme: light;
    }
  }
`;
