import { css } from 'lit';

/**
 * Better / worse / flat colours of a comparison with an earlier period (`data-direction`, and
 * `data-significant="false"` for a change within the noise), for the elements that show one.
 * In forced colours `--_tb-color-bad` is `Mark`, a highlight *background*: fine for a bar or an
 * arc, unreadable as text, so a "worse" delta turns to `CanvasText` (the words and the sign
 * still say which way it went).
 */
export const deltaStyles = css`
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
`;
