import type { ChurnSeriesPoint, ChurnSeriesResult, CustomerInput, Period } from '@tablero/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KpiSelectEvent } from '../events/kpi-select-event.js';
import { numberAttribute } from '../internal/attribute-check.js';
import { renderDataTable, renderTableToggle, type DataTable } from '../internal/data-table.js';
import { commonStrings } from '../internal/i18n.js';
import { rejectedIssue } from '../internal/rejected-issue.js';
import { renderModelState } from '../internal/render-model-state.js';
import { TableroElement } from '../internal/tablero-element.js';
import { placeTooltip } from '../internal/tooltip.js';
import { churnTrendModel, type ChurnEvery, type ChurnTrendModel } from './churn-trend-model.js';
import { churnTrendStrings } from './churn-trend.strings.js';
import { churnTrendStyles } from './churn-trend.styles.js';
import { nearestIndex } from './nearest-index.js';
import { PlotSizeController } from './plot-size-controller.js';
import { PointText } from './point-text.js';
import { trendLayout, type TrendLayout } from './churn-trend-geometry.js';
import { retentionOf, type TrendPoint } from './trend-point.js';
import { TREND_SERIES, type TrendFrame, type TrendSeries } from './trend-scales.js';
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

  /** The visible label. Default: "Churn rate" or "Retention rate", per `metric`. */
  @property() label: string | null = null;

  /** Which rate the line shows: `churn` or `retention` (`100 − churn`). The buttons switch it. */
  @property({ reflect: true }) metric: TrendSeries = 'churn';

  /** The churn rate to stay under, 0–100; drawn as a line (at `100 − target` for retention). */
  @property({ converter: numberAttribute }) target: number | undefined;

  /** Periods for plain HTML: a JSON array of `{ label, start, lost }` or `{ label, rate }`. */
  @property() points: string | readonly object[] | null = null;

  /** A result of `churnSeries()` from `@tablero/core`. */
  @property({ attribute: false }) result: ChurnSeriesResult | null = null;

  /** Raw customer records, computed with `churnSeries()` of `@tablero/core`. */
  @property({ attribute: false }) customers: readonly CustomerInput[] | null = null;

  /**
   * With `.customers`: start of the first period (a date `2025-01-01`, a month `2025-01`, an
   * ISO-8601 instant with offset, epoch ms or a `Date`). Default: 12 periods before `to`.
   */
  @property() from: string | number | Date | null = null;

  /** With `.customers`: end of the range, exclusive. Default: the end of the running period. */
  @property() to: string | number | Date | null = null;

  /** With `.customers`: `week`, `month` (default) or `quarter`. */
  @property() every: ChurnEvery | undefined;

  /** With `.customers`: the IANA zone periods are cut in. Default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone: string | null = null;

  /** With `.customers` and weekly periods: ISO weekday weeks start on, 1 (Monday) … 7. */
  @property({ attribute: 'week-start', converter: numberAttribute }) weekStart: number | undefined;

  /** With `.customers`: "now", which decides the period still running. Default: the time of rendering. */
  @property({ attribute: 'as-of' }) asOf: string | number | Date | null = null;

  /** The point that holds the tab stop (roving tabindex). */
  @state() private focusIndex = -1;

  /** The point whose tooltip is showing, or -1. */
  @state() private active = -1;

  readonly #plot = new PlotSizeController(this);
  #model: ChurnTrendModel = { state: 'invalid', issues: [] };
  #layout: TrendLayout | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // A tap anywhere else on the page dismisses a tooltip opened by touch.
    document.addEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = [
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
    if (!this.hasUpdated || inputs.some((name) => changed.has(name))) {
      this.#model = churnTrendModel(this, {
        metric: this.metric,
        target: this.target,
        points: this.points,
        result: this.result,
        customers: this.customers,
        from: this.from,
        to: this.to,
        every: this.every,
        timeZone: this.timeZone,
        weekStart: this.weekStart,
        asOf: this.asOf,
      });
      this.#reportModel();
    }
    const model = this.#model;
    this.#layout = model.state === 'ready' ? this.#computeLayout(model) : null;
    if (model.state === 'ready') {
      const usable = (i: number) => model.points[i]?.rate != null;
      if (!usable(this.focusIndex))
        this.focusIndex = model.points.findIndex((p) => p.rate !== null);
      if (this.active >= 0 && !usable(this.active)) this.active = -1;
    } else {
      this.active = -1;
    }
  }

  #reportModel(): void {
    const model = this.#model;
    if (model.state === 'invalid') this.warnIssues(model.issues);
    if (model.state === 'ready' || model.state === 'empty') {
      const issue = rejectedIssue('customers', 'customers', model.rejected);
      if (issue) this.warnIssues([issue]);
    }
  }

  #computeLayout(model: Ready): TrendLayout {
    const frame: TrendFrame = {
      width: this.#plot.width || FALLBACK.width,
      height: this.#plot.height || FALLBACK.height,
      ...MARGIN,
    };
    const churn = model.metric === 'churn';
    return trendLayout({
      values: model.points.map((p) => (churn ? p.rate : retentionOf(p))),
      complete: model.points.map((p) => p.complete),
      target: model.target === null ? null : churn ? model.target : 100 - model.target,
      series: model.metric,
      frame,
    });
  }

  get #strings() {
    return churnTrendStrings(this.textLang);
  }

  get #text() {
    return new PointText(this.locale, this.#strings);
  }

  #label(metric: TrendSeries = this.#shownMetric): string {
    return this.label ?? (metric === 'churn' ? this.#strings.churn : this.#strings.retention);
  }

  get #shownMetric(): TrendSeries {
    return (TREND_SERIES as readonly string[]).includes(this.metric) ? this.metric : 'churn';
  }

  protected override render(): TemplateResult {
    const common = commonStrings(this.textLang);
    const model = this.#model;
    const ready = model.state === 'ready' && !this.loading && !this.error;
    const panel = renderModelState(this, model, this.textLang, this.#strings.noData);
    const body = panel ?? (model.state === 'ready' ? this.#renderReady(model) : nothing);
    return html`<div part="base" class="base ${this.resize.size} ${this.#shownMetric}">
      <div part="header" class="header">
        <span part="label" class="label" id="${this.uid}-label">${this.#label()}</span>
        ${ready ? this.#renderLatest(model) : nothing}
        <span class="actions">
          ${ready ? this.#renderMetricToggle() : nothing}
          ${
            ready
              ? renderTableToggle({
                  open: this.tableOpen,
                  controls: `${this.uid}-table`,
                  showLabel: common.showTable,
                  hideLabel: common.hideTable,
                  onToggle: this.toggleTable,
                })
              : nothing
          }
        </span>
      </div>
      ${body}
    </div>`;
  }

  #renderLatest(model: Ready): TemplateResult | typeof nothing {
    const latest = model.points.findLast((p) => p.rate !== null);
    if (!latest) return nothing;
    const text = this.#text;
    return html`<span part="value" class="latest">
      <span class="latest__value">${text.rate(latest, model.metric)}</span>
      <span class="muted">${text.period(latest, 'short')}</span>
    </span>`;
  }

  #renderMetricToggle(): TemplateResult {
    const s = this.#strings;
    const button = (metric: TrendSeries, label: string) =>
      html`<button
        type="button"
        aria-pressed=${this.metric === metric ? 'true' : 'false'}
        data-metric=${metric}
        @click=${() => this.#setMetric(metric)}
      >
        ${label}
      </button>`;
    return html`<span
      part="metric-toggle"
      class="metric-toggle"
      role="group"
      aria-label=${s.metric}
    >
      ${button('churn', s.churnShort)} ${button('retention', s.retentionShort)}
    </span>`;
  }

  #setMetric(metric: TrendSeries): void {
    this.metric = metric;
  }

  #renderReady(model: Ready): TemplateResult {
    const s = this.#strings;
    const common = commonStrings(this.textLang);
    const layout = this.#layout!;
    const text = this.#text;
    const running = model.points.filter((p) => !p.complete && p.rate !== null);
    const table = this.#table(model, text);
    return html`
      <div
        part="plot"
        class="plot"
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
        @pointerdown=${this.#onPlotPointerDown}
      >
        ${this.#renderChart(model, layout, text)} ${this.#renderPointButtons(model, layout, text)}
        ${this.#renderTooltip(model, text)}
      </div>
      ${
        running.length
          ? html`<p part="note" class="note">
              <span class="note__key" aria-hidden="true"></span>${s.incompleteNote(
                running.map((p) => text.period(p)).join(', '),
              )}
            </p>`
          : nothing
      }
      ${
        model.rejected.length
          ? html`<p part="notice" class="notice">
              ${common.rejected(text.count(model.rejected.length))}
            </p>`
          : nothing
      }
      ${renderDataTable(`${this.uid}-table`, table, this.tableOpen)}
    `;
  }

  #renderChart(model: Ready, layout: TrendLayout, text: PointText): TemplateResult {
    const { frame } = layout;
    const right = frame.width - frame.right;
    const bottom = frame.height - frame.bottom;
    const digits = tickDigits(layout.ticks.map((t) => t.value));
    const shownTarget =
      model.target === null ? null : model.metric === 'churn' ? model.target : 100 - model.target;
    return html`<div
      class="chart-img"
      role="img"
      aria-label=${trendSummary(model.points, model.metric, model.target, text, this.#label())}
    >
      <svg
        part="chart"
        class="chart"
        aria-hidden="true"
        focusable="false"
        width=${frame.width}
        height=${frame.height}
        viewBox="0 0 ${frame.width} ${frame.height}"
      >
        <g part="grid" class="grid">
          ${layout.ticks.map(
            (t) => svg`<line x1=${frame.left} x2=${right} y1=${t.y} y2=${t.y}></line>
            <text x=${frame.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${text.percent(t.value, digits)}</text>`,
          )}
        </g>
        <g part="axis" class="axis">
          ${layout.labelled.map(
            (i) =>
              svg`<text x=${layout.xs[i]!} y=${bottom + 18} text-anchor="middle">${text.period(
                model.points[i]!,
                'short',
              )}</text>`,
          )}
        </g>
        ${
          layout.targetY !== null && shownTarget !== null
            ? svg`<g part="target" class="target">
            <line x1=${frame.left} x2=${right} y1=${layout.targetY} y2=${layout.targetY}></line>
            <text x=${right} y=${layout.targetY - 4} text-anchor="end">${this.#strings.target(text.percent(shownTarget))}</text>
          </g>`
            : nothing
        }
        ${
          layout.paths.settled
            ? svg`<path part="line" class="line" pathLength="1" d=${layout.paths.settled}></path>`
            : nothing
        }
        ${
          layout.paths.provisional
            ? svg`<path part="line-provisional" class="line provisional" d=${layout.paths.provisional}></path>`
            : nothing
        }
        ${model.points.map((p, i) => {
          const y = layout.ys[i];
          if (y == null) return nothing;
          return svg`<circle part="point" class="point ${p.complete ? '' : 'open'} ${
            i === this.active ? 'active' : ''
          }" cx=${layout.xs[i]!} cy=${y} r=${i === this.active ? 5.5 : 4}></circle>`;
        })}
      </svg>
    </div>`;
  }

  #renderPointButtons(model: Ready, layout: TrendLayout, text: PointText): TemplateResult {
    return html`<div
      part="points"
      class="points"
      role="toolbar"
      aria-label=${this.#strings.points}
      aria-orientation="horizontal"
      @keydown=${this.#onKeyDown}
      @focusout=${this.#onFocusOut}
    >
      ${model.points.map((p, i) => {
        const y = layout.ys[i];
        if (y == null) return nothing;
        return html`<button
          part="point-button"
          class="hit"
          type="button"
          data-index=${i}
          tabindex=${i === this.focusIndex ? 0 : -1}
          aria-label=${text.describe(p, model.metric)}
          @focus=${() => this.#show(i, true)}
          @click=${() => this.#select(i)}
        ></button>`;
      })}
    </div>`;
  }

  #renderTooltip(model: Ready, text: PointText): TemplateResult | typeof nothing {
    const point = model.points[this.active];
    if (!point) return nothing;
    const s = this.#strings;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <div class="tooltip__title">
        ${text.period(point)}
        ${point.complete ? nothing : html`<span class="tooltip__badge">${s.inProgress}</span>`}
      </div>
      <dl>
        <dt>${text.metricName(model.metric)}</dt>
        <dd data-field="rate">${text.rate(point, model.metric)}</dd>
        ${
          point.start !== null
            ? html`<dt>${s.start}</dt>
                <dd data-field="start">${text.count(point.start)}</dd>`
            : nothing
        }
        ${
          point.lost !== null
            ? html`<dt>${s.lost}</dt>
                <dd data-field="lost">${text.count(point.lost)}</dd>`
            : nothing
        }
        ${
          point.newLost > 0
            ? html`<dt>${s.newLost}</dt>
                <dd data-field="newLost">${text.count(point.newLost)}</dd>`
            : nothing
        }
      </dl>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this.#plot.observe(plot);
    this.#placePoints();
    this.#placeTooltip(plot);
  }

  /**
   * Puts each point's button over its dot. Written through the CSSOM after rendering rather than
   * with `styleMap`, which sets a `style` attribute string on first render: `style-src 'self'`
   * blocks that, and the buttons would all sit in the top-left corner.
   */
  #placePoints(): void {
    const layout = this.#layout;
    if (!layout) return;
    // At least 24 px (WCAG 2.5.8 target size), at most 44 px or one period's band.
    const size = Math.max(24, Math.min(44, layout.band));
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.hit')) {
      const i = Number(button.dataset.index);
      const y = layout.ys[i];
      if (y == null) continue;
      button.style.left = `${layout.xs[i]! - size / 2}px`;
      button.style.top = `${y - size / 2}px`;
      button.style.width = button.style.height = `${size}px`;
    }
  }

  /** Positions the tooltip after it has rendered, since its size depends on its text. */
  #placeTooltip(plot: HTMLElement | null): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this.#layout;
    if (!tip || !plot || !layout || this.active < 0) return;
    const y = layout.ys[this.active];
    if (y == null) return;
    const placed = placeTooltip(
      { x: layout.xs[this.active]!, y },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: plot.clientWidth, height: plot.clientHeight },
    );
    // CSSOM writes, not a style attribute string: allowed under `style-src 'self'`.
    tip.style.left = `${placed.left}px`;
    tip.style.top = `${placed.top}px`;
    tip.dataset.side = placed.side;
  }

  #pointButton(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.hit[data-index="${index}"]`);
  }

  #usable(index: number): boolean {
    const model = this.#model;
    return model.state === 'ready' && model.points[index]?.rate != null;
  }

  #show(index: number, fromFocus = false): void {
    if (!this.#usable(index)) return;
    this.active = index;
    if (fromFocus) this.focusIndex = index;
  }

  #select(index: number): void {
    const model = this.#model;
    if (model.state !== 'ready') return;
    const point = model.points[index];
    if (!point) return;
    this.focusIndex = index;
    this.active = index;
    // Built apart from dispatchEvent so the manifest analyzer does not list it as a nameless event.
    const event = new KpiSelectEvent<ChurnTrendSelectDetail>(
      selectDetail(point, index, model.metric),
    );
    this.dispatchEvent(event);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#model;
    if (model.state !== 'ready') return;
    if (event.key === 'Escape') {
      this.active = -1;
      return;
    }
    const usable = model.points.map((_, i) => i).filter((i) => this.#usable(i));
    const at = usable.indexOf(this.focusIndex);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? usable[Math.min(usable.length - 1, at + 1)]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? usable[Math.max(0, at - 1)]
          : event.key === 'Home'
            ? usable[0]
            : event.key === 'End'
              ? usable.at(-1)
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.focusIndex = next;
    this.active = next;
    void this.updateComplete.then(() => this.#pointButton(next)?.focus());
  };

  #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const toolbar = event.currentTarget as HTMLElement;
    if (!to || !toolbar.contains(to)) this.active = -1;
  };

  #nearest(event: PointerEvent): number {
    const layout = this.#layout;
    if (!layout) return -1;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    return nearestIndex(layout.xs, event.clientX - box.left, (i) => this.#usable(i));
  }

  #onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const index = this.#nearest(event);
    if (index >= 0 && index !== this.active) this.active = index;
  };

  #onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    // Keyboard users keep the tooltip of the point they are on.
    const focused = this.renderRoot.querySelector('.hit:focus');
    this.active = focused ? this.focusIndex : -1;
  };

  /** A tap on the plot (not only on a dot) shows the nearest period: dots are small under a finger. */
  #onPlotPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    const index = this.#nearest(event);
    if (index >= 0) this.active = index;
  };

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.active >= 0 && !event.composedPath().includes(this)) this.active = -1;
  };

  #table(model: Ready, text: PointText): DataTable {
    const s = this.#strings;
    const zone = model.timeZone ? ` (${s.timeZone(model.timeZone)})` : '';
    return {
      caption: `${this.#label()}${zone}`,
      columns: [
        s.period,
        s.churnShort,
        s.retentionShort,
        s.startColumn,
        s.lostColumn,
        s.newLostColumn,
      ],
      rows: model.points.map((p) => [
        p.complete ? text.period(p) : `${text.period(p)} (${s.inProgress})`,
        text.rate(p, 'churn'),
        text.rate(p, 'retention'),
        p.start === null ? '–' : text.count(p.start),
        p.lost === null ? '–' : text.count(p.lost),
        text.count(p.newLost),
      ]),
    };
  }
}

/** Fraction digits the y labels need so that neighbouring ticks never read the same. */
function tickDigits(values: readonly number[]): number {
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  return step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
}

function selectDetail(
  point: TrendPoint,
  index: number,
  metric: TrendSeries,
): ChurnTrendSelectDetail {
  return {
    index,
    label: point.label,
    period: point.result?.period ?? null,
    metric,
    rate: point.rate,
    retention: retentionOf(point),
    start: point.start,
    lost: point.lost,
    newLost: point.newLost,
    complete: point.complete,
    result: point.result,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'churn-trend': ChurnTrend;
  }
}
