/**
 * The host-page theme the Theming page shows and renders: global tokens on a wrapper, a
 * per-element knob, and `::part()` rules. The same string is shown as code and applied, so
 * the example cannot drift from what it claims.
 */
export const THEME_CSS = `/* Any selector above the elements: :root, a dashboard wrapper… */
.acme-dashboard {
  --tablero-color-accent: #6f2da8;      /* lines, buttons, links */
  --tablero-color-good: #00695c;        /* a positive arc, improvements */
  --tablero-color-track: #e8e0f0;
  --tablero-font-family: Georgia, 'Times New Roman', serif;
  --tablero-radius: 0;
  --nps-gauge-thickness: 14;            /* one element type only */
}

/* Structural nodes are exposed as parts */
.acme-dashboard nps-gauge::part(value) {
  font-weight: 800;
  letter-spacing: -0.02em;
}
.acme-dashboard nps-gauge::part(table-toggle) {
  border-radius: 999px;
  text-transform: uppercase;
}`;

export const THEME_CLASS = 'acme-dashboard';
