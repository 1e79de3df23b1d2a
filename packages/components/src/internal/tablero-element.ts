import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { KpiTableToggleEvent } from '../events/kpi-table-toggle-event.js';
import type { AttributeIssue } from './attribute-check.js';
import { baseStyles } from './base-styles.js';
import { closestLang, watchLang } from './closest-lang.js';
import { devWarning } from './dev-warning.js';
import { commonStrings, stringLang, type Lang } from './i18n.js';
import { sizeFor, type Size } from './size-for.js';
import { renderState, stateStyles, type StateModel } from './states.js';
import { renderDataTable, tableStyles, type DataTable } from './data-table.js';
import { tokenStyles } from './tokens.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

let uid = 0;

/**
 * What every Tablero element shares: tokens and themes, `lang` inherited from the closest
 * `[lang]` (across shadow roots) and followed live, container-size tracking, the loading/error
 * inputs, the "view as table" state, and dev warnings that name the attribute.
 */
export abstract class TableroElement extends LitElement {
  static override styles = [tokenStyles, baseStyles, stateStyles, tableStyles];

  // One object rather than decorators: an element declared the same way (churn-trend) then ships
  // neither Lit's decorator modules nor the compiler's decorator helper (issue 3's 20 kB gate).
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    loading: { type: Boolean, reflect: true },
    error: {},
    tableOpen: { state: true },
    locale: { state: true },
  };

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'auto';

  /** Shows the loading state (e.g. while the host fetches data). */
  loading = false;

  /** A message to show in the error state, e.g. when the host's fetch failed. */
  error: string | null = null;

  /** Whether the "view as table" fallback is open. */
  protected tableOpen = false;

  /** The language tag in force (own `lang` or the closest ancestor's), for `Intl`. */
  protected locale = 'en';

  /**
   * The size class of the element's own content width: layout follows the container (a narrow
   * sidebar), not the window, which is all media queries see. Re-renders when the class changes.
   */
  protected readonly resize: { size: Size } = { size: 'medium' };

  // Absent outside a browser (server rendering): the element keeps the medium layout.
  #sizeObserver: ResizeObserver | undefined =
    globalThis.ResizeObserver &&
    new ResizeObserver(([entry]) => {
      const size = sizeFor(entry!.contentRect.width);
      if (size !== this.resize.size) {
        this.resize.size = size;
        this.requestUpdate();
      }
    });

  /** A document-unique prefix for ids inside the shadow root (stable per instance). */
  protected readonly uid = `tb${++uid}`;

  #unwatchLang: (() => void) | undefined;

  /** The string table language (`es`, `en`), from `locale`; unknown languages → English. */
  protected get textLang(): Lang {
    return stringLang(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncLang();
    this.#unwatchLang = watchLang(this, () => this.#syncLang());
    this.#sizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLang?.();
    this.#sizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A `lang` set on the element itself is an attribute change Lit does not observe.
    this.#syncLang();
    if (changed.has('theme') && !(THEMES as readonly string[]).includes(this.theme)) {
      // An unknown theme matches no theme selector, so the element follows the system.
      devWarning(this, `theme="${this.theme}" is not one of ${THEMES.join(', ')}; using auto`);
    }
  }

  #syncLang(): void {
    const locale = closestLang(this) || 'en';
    if (locale !== this.locale) this.locale = locale;
  }

  /** Logs each issue once per element, naming the attribute. */
  protected warnIssues(issues: readonly AttributeIssue[]): void {
    for (const issue of issues) devWarning(this, issue.message);
  }

  /**
   * The panel that replaces the chart, or `null` when the chart should render, by the
   * precedence every element follows (CONTRIBUTING-COMPONENTS.md step 4): `loading` → the
   * host's `error` → the model's error → invalid (naming the attributes) → empty.
   */
  protected renderStatus(model: StateModel, emptyTitle?: string): TemplateResult | null {
    const s = commonStrings(this.textLang);
    return this.loading
      ? renderState('loading', s.loading)
      : this.error || model.state === 'error'
        ? renderState('error', s.error, this.error || (model as { message: string }).message)
        : model.state === 'invalid'
          ? renderState(
              'invalid',
              s.invalid,
              s.invalidAttributes(
                [...new Set(model.issues.map((i) => `“${i.attribute}”`))].join(', '),
              ),
            )
          : model.state === 'empty'
            ? renderState('empty', emptyTitle ?? s.empty)
            : null;
  }

  /** Whether the chart (and so the table toggle) is showing. */
  protected showsChart(model: StateModel): boolean {
    return model.state === 'ready' && !this.loading && !this.error;
  }

  /**
   * The header row: the visible label (whose id, `${uid}-label`, names the chart), `extra`
   * (an element's own header content, e.g. its latest value or a view switch) and, while the
   * chart shows, the "view as table" toggle.
   */
  protected renderHeader(
    label: string,
    model: StateModel,
    extra: unknown = nothing,
  ): TemplateResult {
    const open = this.tableOpen;
    const s = commonStrings(this.textLang);
    // A real <button> with aria-expanded and aria-controls: in the tab order and announced as a
    // disclosure (Carbon Charts' table view was not keyboard-reachable: carbon-charts#2037).
    return html`<div part="header" class="header">
      <span part="label" class="label" id="${this.uid}-label">${label}</span>
      ${extra}
      ${
        this.showsChart(model)
          ? html`<button
              part="table-toggle"
              class="table-toggle"
              type="button"
              aria-expanded=${open}
              aria-controls="${this.uid}-table"
              @click=${this.toggleTable}
            >
              ${open ? s.hideTable : s.showTable}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The table fallback, controlled by the header's toggle. */
  protected renderTable(table: DataTable): TemplateResult {
    return renderDataTable(`${this.uid}-table`, table, this.tableOpen);
  }

  protected toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    this.dispatchEvent(new KpiTableToggleEvent(this.tableOpen));
  };
}
