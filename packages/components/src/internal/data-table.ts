import { css, html, nothing, type TemplateResult } from 'lit';

/** A table every element can show as the text alternative of its chart. */
export interface DataTable {
  caption: string;
  /** Column headers; the first column holds each row's header cell. */
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * The table itself; rendered (hidden) even when closed so `aria-controls` always resolves. Its
 * wrapper scrolls when the table is wider than the element (a 24-hour heatmap in a card), so it
 * is a focusable region named by the caption: keyboard users can scroll it (WCAG 2.1.1, axe
 * `scrollable-region-focusable`) and screen readers announce what it holds.
 */
export function renderDataTable(id: string, table: DataTable, open: boolean): TemplateResult {
  return html`<div
    class="table-wrap"
    id=${id}
    part="table"
    role="region"
    tabindex="0"
    aria-label=${table.caption}
    ?hidden=${!open}
  >
    ${
      open
        ? html`<table>
            <caption>
              ${table.caption}
            </caption>
            <thead>
              <tr>
                ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${table.rows.map(
                ([head, ...cells]) =>
                  html`<tr>
                    <th scope="row">${head}</th>
                    ${cells.map((c) => html`<td>${c}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </div>`;
}

export const tableStyles = css`
  .table-toggle {
    font: inherit;
    font-size: 0.875em;
    color: var(--_tb-color-accent);
    background: none;
    border: 1px solid var(--_tb-color-border);
    border-radius: calc(var(--_tb-radius) / 2);
    padding: 0.25rem 0.625rem;
    cursor: pointer;
  }
  .table-toggle:hover {
    border-color: var(--_tb-color-accent);
  }
  /* No display of its own, so the user-agent [hidden] rule hides it while closed. */
  .table-wrap {
    overflow-x: auto;
    margin-block-start: 0.5rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_tb-color-border);
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .table-toggle {
      display: none;
    }
  }
`;
