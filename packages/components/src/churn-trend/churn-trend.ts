import type { ChurnSeriesPoint, ChurnSeriesResult, CustomerInput, Period } from '@tablero/core';
import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { KpiSelectEvent } from '../events/kpi-select-event.js';
import { numberAttribute } from '../internal/attribute-check.js';
import type { DataTable } from '../internal/data-table.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { TableroElement } from '../internal/tablero-element.js';
import { placeTooltip } from '../internal/tooltip.js';
import { churnTrendModel, type ChurnEvery, type ChurnTrendModel } from './churn-trend-model.js';
import { churnTrendStrings } from './churn-trend.strings.js';
import { churnTrendStyles } from './churn-trend.styles.js';
import { nearestIndex } from './nearest-index.js';
import { PointText } from './point-text.js';
import { trendLayout, type TrendLayout } from './churn-trend-geometry.js';
import { retentionOf, valueOf } from './trend-point.js';
import type { TrendSeries } from './trend-scales.js';
import { trendSummary } from './trend-summary.js';

type Ready = Extract<ChurnTrendModel, { state: 'ready' }>;

/** `detail` of the `kpi-select` event of `<churn-trend>`. */
export interface ChurnTrendSelectDetail {
  /** Position of the period in the series. */
  index: number;
  /** Core's period label (`2025-03`) or the page's own. */
  label: string;
  /** `{ from, to }` in epoch ms when the data came through core, else `null`. */
  period: Period | null;
  /** The series shown when the point was chosen. */
  metric: TrendSeries;
  /** Churn % and retention %, `null` when S = 0. */
  rate: number | null;
  retention: number | null;
  start: number | null;
  lost: number | null;
  newLost: number;
  complete: boolean;
  /** Core's own point (the churn result of that period), when the data came through core. */
  result: ChurnSeriesPoint | null;
}

/** The properties the model is computed from: a change to any of them recomputes it. */
const INPUTS = [
  'metric',
  'target',
  'points',
  'result',
  'customers',
  'from',
  'to',
  'every',
  'timeZone',
  'weekStart',
  'asOf',
] as const;

/** Room for the axis labels around the plot, in CSS pixels. */
const MARGIN = { top: 14, right: 12, bottom: 26, left: 46 } as const;
/** Before the first measurement (or without ResizeObserver) the chart assumes this size. */
const FALLBACK = { width: 480, height: 224 } as const;

/**
 * @summary Churn rate per period as a line, with a target line, retention as the other view,
 * keyboard-reachable points with S / L tooltips, and the period still running marked.
 *
 * Data comes in three ways, by precedence: raw customers (`.customers`, computed with
 * `churnSeries` of `@tablero/core` over `from` … `to`, `every` period, in `time-zone`), a core
 * result (`.result`, the output of `churnSeries`), or the `points` attribute for plain HTML:
 * `points='[{"label":"2025-01","start":1200,"lost":43}, …]'` (the rate is `100 × L / S`), or
 * `{"label":"Q1","rate":3.1}` when only rates are known; optional `newLost` and `complete`.
 * Bad input never throws: the chart shows an invalid state and warns once, naming the attribute.
 *
 * Keyboard: Tab reaches the points (one tab stop); ←/→ move between periods, Home/End go to the
 * first/last; Enter or Space chooses the point (`kpi-select`); Escape hides the tooltip.
 *
 * @csspart base - The wrapper of everything the chart shows.
 * @csspart header - The row with the label, the latest value and the buttons.
 * @csspart label - The visible label.
 * @csspart value - The latest rate beside the label.
 * @csspart metric-toggle - The churn / retention switch (two buttons with `aria-pressed`).
 * @csspart plot - The box the chart is drawn in; its width drives the x scale.
 * @csspart chart - The `role="img"` SVG drawing, named by the text summary.
 * @csspart grid - The horizontal gridlines and y labels.
 * @csspart axis - The period labels under the plot.
 * @csspart line - The line of the periods that are over.
 * @csspart line-provisional - The dashed segment to the period still running.
 * @csspart point - A point's dot (hollow while its period is running).
 * @csspart target - The target line and its label.
 * @csspart points - The keyboard layer over the dots (`role="toolbar"`).
 * @csspart point-button - The focusable hit area of one point.
 * @csspart tooltip - The tooltip with the period, rate, S, L and new customers lost.
 * @csspart note - The line that says the last period is still running.
 * @csspart notice - The line that counts rejected customer records.
 * @csspart table-toggle - The "view as table" button.
 * @csspart table - The data table.
 * @csspart state - The empty, loading, error or invalid panel.
 *
 * @cssproperty --churn-trend-line-color - The churn line and its dots. Default `--tablero-color-accent`.
 * @cssproperty --churn-trend-retention-color - The retention line and its dots. Default `--tablero-color-series-2`.
 * @cssproperty --churn-trend-target-color - The target line. Default `--tablero-color-bad`.
 * @cssproperty --churn-trend-grid-color - Gridlines. Default `--tablero-color-border`.
 * @cssproperty --churn-trend-line-width - Thickness of the line. Default `2px`.
 * @cssproperty --churn-trend-height - Height of the plot box. Default `14rem`.
 * @cssproperty --churn-trend-padding - Space inside the element. Default `0.75rem`.
 *
 * @event kpi-select - A point was chosen by click, tap or Enter; `detail` is a `ChurnTrendSelectDetail`.
 * @event kpi-table-toggle - The table view was opened or closed (`event.open`).
 */
export class ChurnTrend extends TableroElement {
  static override styles = [...TableroElement.styles, churnTrendStyles];

  // Declared here rather than with decorators: one object is lighter than a decorator call per
  // field in the bundle (issue 3's 20 kB gate).
  static override properties: PropertyDeclarations = {
    label: {},
    metric: { reflect: true },
    target: { converter: numberAttribute },
    points: {},
    result: { attribute: false },
    customers: { attribute: false },
    from: {},
    to: {},
    every: {},
    timeZone: { attribute: 'time-zone' },
    weekStart: { attribute: 'week-start', converter: numberAttribute },
    asOf: { attribute: 'as-of' },
    // `attribute: false` too, or the manifest analyzer lists internal state as attributes.
    focusIndex: { state: true, attribute: false },
    active: { state: true, attribute: false },
  };

  /** The visible label. Default: "Churn rate" or "Retention rate", per `metric`. */
  label: string | null = null;

  /** Which rate the line shows: `churn` or `retention` (`100 − churn`). The buttons switch it. */
  metric: TrendSeries = 'churn';

  /** The churn rate to stay under, 0–100; drawn as a line (at `100 − target` for retention). */
  target: number | undefined;

  /** Periods for plain HTML: a JSON array of `{ label, start, lost }` or `{ label, rate }`. */
  points: string | readonly object[] | null = null;

  /** A result of `churnSeries()` from `@tablero/core`. */
  result: ChurnSeriesResult | null = null;

  /** Raw customer records, computed with `churnSeries()` of `@tablero/core`. */
  customers: readonly CustomerInput[] | null = null;

  /**
   * With `.customers`: start of the first period (a date `2025-01-01`, a month `2025-01`, an
   * ISO-8601 instant with offset, epoch ms or a `Date`). Default: 12 periods before `to`.
   */
  from: string | number | Date | null = null;

  /** With `.customers`: end of the range, exclusive. Default: the end of the running period. */
  to: string | number | Date | null = null;

  /** With `.customers`: `week`, `month` (default) or `quarter`. */
  every: ChurnEvery | undefined;

  /** With `.customers`: the IANA zone periods are cut in. Default: the browser's. */
  timeZone: string | null = null;

  /** With `.customers` and weekly periods: ISO weekday weeks start on, 1 (Monday) … 7. */
  weekStart: number | undefined;

  /** With `.customers`: "now", which decides the period still running. Default: the time of rendering. */
  asOf: string | number | Date | null = null;

  /** The point that holds the tab stop (roving tabindex). */
  private focusIndex = -1;

  /** The point whose tooltip is showing, or -1. */
  private active = -1;

  /**
   * The plot box's size in whole pixels, 0 before the first measurement. Watched here rather
   * than by the shared ResizeController, which re-renders only when the host crosses a size
   * class: a line chart's x scale must span the exact width it is given.
   */
  #plot = { width: 0, height: 0 };
  #observed: Element | null = null;
  readonly #observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          const width = Math.round(entry!.contentRect.width);
          const height = Math.round(entry!.contentRect.height);
          if (width === this.#plot.width && height === this.#plot.height) return;
          this.#plot = { width, height };
          this.requestUpdate();
        });
  #model: ChurnTrendModel = { state: 'invalid', issues: [] };
  #layout: TrendLayout | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // A tap anywhere else on the page dismisses a tooltip opened by touch.
    document.addEventListener('pointerdown', this.#onDocumentPointerDown);
    // After a move in the document, updated() observes the plot box again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
    this.#observer?.disconnect();
    this.#observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || INPUTS.some((name) => changed.has(name))) {
      // The element holds every input under the model's names.
      const model = (this.#model = churnTrendModel(this, this));
      if (model.state === 'invalid') this.warnIssues(model.issues);
      const issue = 'rejected' in model && rejectedIssue('customers', 'customers', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
    const model = this.#model;
    this.#layout = null;
    if (model.state === 'ready') {
      const target = shownTarget(model);
      this.#layout = trendLayout({
        values: model.points.map((p) => valueOf(p, model.metric)),
        complete: model.points.map((p) => p.complete),
        target,
        series: model.metric,
        frame: {
          width: this.#plot.width || FALLBACK.width,
          height: this.#plot.height || FALLBACK.height,
          ...MARGIN,
        },
      });
      if (!this.#usable(this.focusIndex))
        this.focusIndex = model.points.findIndex((p) => p.rate !== null);
    }
    if (!this.#usable(this.active)) this.active = -1;
  }

  get #strings() {
    return churnTrendStrings(this.textLang);
  }

  get #text() {
    return new PointText(this.locale, this.#strings);
  }

  get #label(): string {
    const s = this.#strings;
    return this.label ?? (this.metric === 'retention' ? s.retention : s.churn);
  }

  protected override render(): TemplateResult {
    const model = this.#model;
    const ready = this.showsChart(model) && (model as Ready);
    return html`<div part="base" class="base ${this.resize.size} ${this.metric}">
      ${this.renderHeader(this.#label, model, ready ? this.#renderHeaderExtra(ready) : nothing)}
      ${this.renderStatus(model, this.#strings.noData) ?? this.#renderReady(model as Ready)}
    </div>`;
  }

  /** The latest rate beside the label, and the churn / retention switch. */
  #renderHeaderExtra(model: Ready): TemplateResult {
    const s = this.#strings;
    const text = this.#text;
    const latest = model.points.findLast((p) => p.rate !== null)!;
    const button = (metric: TrendSeries, label: string) =>
      html`<button
        class="table-toggle"
        type="button"
        aria-pressed=${this.metric === metric}
        @click=${() => (this.metric = metric)}
      >
        ${label}
      </button>`;
    return html`<span part="value" class="latest"
        ><strong>${text.rate(latest, model.metric)}</strong>
        <span class="muted">${text.period(latest, 'short')}</span></span
      >
      <span part="metric-toggle" class="actions metric-toggle" role="group" aria-label=${s.metric}>
        ${button('churn', s.churnShort)} ${button('retention', s.retentionShort)}
      </span>`;
  }

  #renderReady(model: Ready): TemplateResult {
    const s = this.#strings;
    const text = this.#text;
    const running = model.points.filter((p) => !p.complete && p.rate !== null);
    return html`
      <div
        part="plot"
        class="plot"
        @pointermove=${this.#onPointer}
        @pointerdown=${this.#onPointer}
        @pointerleave=${this.#onPointer}
      >
        ${this.#renderChart(model, text)} ${this.#renderPointButtons(model, text)}
        ${this.#renderTooltip(model, text)}
      </div>
      ${
        running.length
          ? html`<p part="note" class="notice">
              <span class="key" aria-hidden="true"></span>${s.incompleteNote(
                running.map((p) => text.period(p)).join(', '),
              )}
            </p>`
          : nothing
      }
      ${
        model.rejected.length
          ? html`<p part="notice" class="notice">
              ${commonStrings(this.textLang).rejected(text.count(model.rejected.length))}
            </p>`
          : nothing
      }
      ${this.renderTable(this.#table(model, text))}
    `;
  }

  #renderChart(model: Ready, text: PointText): TemplateResult {
    const layout = this.#layout!;
    const { frame, targetY, paths, xs, ys } = layout;
    const { left, width, height } = frame;
    const right = width - frame.right;
    const digits = tickDigits(layout.ticks);
    return html`<div
      class="chart-img"
      role="img"
      aria-label=${trendSummary(model.points, model.metric, model.target, text, this.#label)}
    >
      <svg
        part="chart"
        class="chart"
        aria-hidden="true"
        focusable="false"
        width=${width}
        height=${height}
      >
        <g part="grid" class="grid">
          ${layout.ticks.map(
            (t) => svg`<line x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
            <text x=${left - 6} y=${t.y} dy="0.32em" text-anchor="end">${text.percent(t.value, digits)}</text>`,
          )}
        </g>
        <g part="axis" text-anchor="middle">
          ${layout.labelled.map(
            (i) =>
              svg`<text x=${xs[i]!} y=${height - frame.bottom + 18}>${text.period(model.points[i]!, 'short')}</text>`,
          )}
        </g>
        ${
          targetY === null
            ? nothing
            : svg`<g part="target" class="target">
            <line x1=${left} x2=${right} y1=${targetY} y2=${targetY}></line>
            <text x=${right} y=${targetY - 4} text-anchor="end">${this.#strings.target(text.percent(shownTarget(model)!))}</text>
          </g>`
        }
        ${
          paths.settled
            ? svg`<path part="line" class="line" pathLength="1" d=${paths.settled}></path>`
            : nothing
        }
        ${
          paths.provisional
            ? svg`<path part="line-provisional" class="line provisional" d=${paths.provisional}></path>`
            : nothing
        }
        ${model.points.map((p, i) =>
          ys[i] == null
            ? nothing
            : svg`<circle part="point" class="point ${p.complete ? '' : 'open'}" cx=${xs[i]!} cy=${ys[i]} r=${i === this.active ? 5.5 : 4}></circle>`,
        )}
      </svg>
    </div>`;
  }

  #renderPointButtons(model: Ready, text: PointText): TemplateResult {
    return html`<div
      part="points"
      class="points"
      role="toolbar"
      aria-label=${this.#strings.points}
      @keydown=${this.#onKeyDown}
      @focusout=${this.#onFocusOut}
    >
      ${model.points.map((p, i) =>
        this.#layout!.ys[i] == null
          ? nothing
          : html`<button
              part="point-button"
              class="hit"
              type="button"
              data-index=${i}
              tabindex=${i === this.focusIndex ? 0 : -1}
              aria-label=${text.describe(p, model.metric)}
              @focus=${() => (this.active = this.focusIndex = i)}
              @click=${() => this.#select(i)}
            ></button>`,
      )}
    </div>`;
  }

  #renderTooltip(model: Ready, text: PointText): TemplateResult | typeof nothing {
    const point = model.points[this.active];
    if (!point) return nothing;
    const s = this.#strings;
    const rows: [string, string, string | null][] = [
      ['rate', text.metricName(model.metric), text.rate(point, model.metric)],
      ['start', s.start, point.start === null ? null : text.count(point.start)],
      ['lost', s.lost, point.lost === null ? null : text.count(point.lost)],
      ['newLost', s.newLost, point.newLost ? text.count(point.newLost) : null],
    ];
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <strong>${text.period(point)}</strong>
      ${point.complete ? nothing : html`<i class="muted">${s.inProgress}</i>`}
      <dl>
        ${rows.map(([field, name, value]) =>
          value === null
            ? nothing
            : html`<dt>${name}</dt>
                <dd data-field=${field}>${value}</dd>`,
        )}
      </dl>
    </div>`;
  }

  /**
   * Puts each point's button over its dot and the tooltip beside its point, through the CSSOM
   * after rendering rather than with `styleMap`, which sets a `style` attribute string on first
   * render: `style-src 'self'` blocks that. The tooltip's size depends on its text, so it is
   * measured here too.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot;
    const plot = root.querySelector<HTMLElement>('.plot');
    if (plot !== this.#observed) {
      // The plot box is rendered anew when the chart leaves a state panel.
      this.#observer?.disconnect();
      if (plot) this.#observer?.observe(plot);
      this.#observed = plot;
    }
    const layout = this.#layout;
    if (!layout || !plot) return;
    const { xs, ys } = layout;
    // At least 24 px (WCAG 2.5.8 target size), at most 44 px or one period's band.
    const size = Math.max(24, Math.min(44, layout.band));
    const place = (el: HTMLElement, left: number, top: number) => {
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
    };
    for (const button of root.querySelectorAll<HTMLElement>('.hit')) {
      const i = Number(button.dataset.index);
      place(button, xs[i]! - size / 2, ys[i]! - size / 2);
      button.style.width = button.style.height = `${size}px`;
    }
    const tip = root.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    const placed = placeTooltip(
      { x: xs[this.active]!, y: ys[this.active]! },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: plot.clientWidth, height: plot.clientHeight },
    );
    place(tip, placed.left, placed.top);
    tip.dataset.side = placed.side;
  }

  #usable(index: number): boolean {
    const model = this.#model;
    return model.state === 'ready' && model.points[index]?.rate != null;
  }

  #select(index: number): void {
    const model = this.#model as Ready;
    const point = model.points[index]!;
    this.active = this.focusIndex = index;
    // Built apart from dispatchEvent so the manifest analyzer does not list it as a nameless event.
    const event = new KpiSelectEvent<ChurnTrendSelectDetail>({
      ...point,
      index,
      metric: model.metric,
      period: point.result?.period ?? null,
      retention: retentionOf(point),
    });
    this.dispatchEvent(event);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#model as Ready;
    if (event.key === 'Escape') {
      this.active = -1;
      return;
    }
    const usable = model.points.map((_, i) => i).filter((i) => this.#usable(i));
    const at = usable.indexOf(this.focusIndex);
    const to = (
      {
        ArrowRight: at + 1,
        ArrowDown: at + 1,
        ArrowLeft: at - 1,
        ArrowUp: at - 1,
        Home: 0,
        End: usable.length - 1,
      } as Record<string, number>
    )[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = usable[Math.max(0, Math.min(to, usable.length - 1))]!;
    this.active = this.focusIndex = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.hit[data-index="${next}"]`)?.focus(),
    );
  };

  #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as HTMLElement).contains(to)) this.active = -1;
  };

  /**
   * A mouse moving over the plot, or a tap anywhere on it (dots are small under a finger), shows
   * the nearest period; a finger's move or a mouse press does nothing more. A mouse leaving hides
   * the tooltip, except for keyboard users, who keep the one of the point they are on.
   */
  #onPointer = (event: PointerEvent): void => {
    const touch = event.pointerType === 'touch';
    if (event.type === 'pointerleave') {
      if (!touch) this.active = this.renderRoot.querySelector('.hit:focus') ? this.focusIndex : -1;
      return;
    }
    if ((event.type === 'pointerdown') !== touch) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const index = nearestIndex(this.#layout!.xs, event.clientX - box.left, (i) => this.#usable(i));
    if (index >= 0) this.active = index;
  };

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.active = -1;
  };

  #table(model: Ready, text: PointText): DataTable {
    const s = this.#strings;
    const zone = model.timeZone ? ` (${s.timeZone(model.timeZone)})` : '';
    const count = (n: number | null) => (n === null ? '–' : text.count(n));
    return {
      caption: this.#label + zone,
      columns: [s.period, s.churnShort, s.retentionShort, s.start, s.lost, s.newLost],
      rows: model.points.map((p) => [
        p.complete ? text.period(p) : `${text.period(p)} (${s.inProgress})`,
        text.rate(p, 'churn'),
        text.rate(p, 'retention'),
        count(p.start),
        count(p.lost),
        count(p.newLost),
      ]),
    };
  }
}

/** The target in the shown series: a churn target of 3 is a retention target of 97. */
const shownTarget = (model: Ready): number | null =>
  model.target === null ? null : model.metric === 'churn' ? model.target : 100 - model.target;

/** Fraction digits the y labels need so that neighbouring ticks never read the same. */
function tickDigits([a, b]: readonly { value: number }[]): number {
  const step = a && b ? b.value - a.value : 1;
  return step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
}

declare global {
  interface HTMLElementTagNameMap {
    'churn-trend': ChurnTrend;
  }
}
